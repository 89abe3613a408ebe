package org.cxkit.core.journey;

/** The channel through which a {@link Touchpoint} reaches the customer. */
public enum Channel {
  /** In person. */
  FACE_TO_FACE,
  /** A phone call. */
  PHONE,
  /** E-mail. */
  EMAIL,
  /** A text message. */
  SMS,
  /** Paper mail. */
  LETTER,
  /** A website. */
  WEB,
  /** A mobile or desktop app. */
  APP,
  /** Live or bot chat. */
  CHAT,
  /** Social media. */
  SOCIAL_MEDIA,
  /** A discussion forum or community. */
  FORUM,
  /** A kiosk, machine or other self-service point. */
  SELF_SERVICE,
  /** An event or venue. */
  EVENT,
  /** Any other channel. */
  OTHER,
  /**
   * Print media: a newspaper or magazine, a brochure, a poster.
   *
   * @since 0.1
   */
  PRINT,
  /**
   * Broadcast media: television or radio.
   *
   * @since 0.1
   */
  BROADCAST,
  /**
   * A parcel or package delivered by post or courier (a letter is {@link #LETTER}).
   *
   * @since 0.1
   */
  PARCEL,
  /**
   * A video meeting (a scheduled call with video, common in business-to-business onboarding and in
   * public-service appointments).
   *
   * @since 0.1
   */
  VIDEO_MEETING
}
