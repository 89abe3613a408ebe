package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits the XML readers ({@link XesLog}, {@link CjmlXml}) put on their input, which is treated
 * as hostile: a document over a limit fails (or, for the per-journey limit under {@link
 * org.cxkit.metrics.BadInput#collect(int)}, has that journey rejected) with a {@link
 * org.cxkit.metrics.BadInputException} of kind {@link
 * org.cxkit.metrics.BadInputException.Kind#LIMIT}. DTDs, and with them entity declarations and
 * external entities, are refused whatever the limits.
 *
 * <pre>{@code
 * XesLog xes = XesLog.builder().limits(XmlLimits.DEFAULTS.withMaxEventsPerJourney(100_000)).build();
 * }</pre>
 *
 * @param maxDepth deepest nesting of elements (default 64)
 * @param maxAttributes most attributes on one element (default 64)
 * @param maxTextLength longest run of characters between two pieces of markup: a text node, a tag
 *     with its attributes, a comment or a CDATA section (default 1,000,000)
 * @param maxEventsPerJourney most events in one journey (an XES trace, a CJML actual journey); a
 *     journey's events are held in memory until it ends (default 10,000)
 * @since 0.1
 */
public record XmlLimits(
    int maxDepth, int maxAttributes, int maxTextLength, int maxEventsPerJourney) {

  /** The defaults: depth 64, 64 attributes, text runs of 1,000,000 characters, 10,000 events. */
  public static final XmlLimits DEFAULTS = new XmlLimits(64, 64, 1_000_000, 10_000);

  /**
   * Creates limits; each must be positive.
   *
   * @param maxDepth deepest nesting of elements
   * @param maxAttributes most attributes on one element
   * @param maxTextLength longest run of characters between two pieces of markup
   * @param maxEventsPerJourney most events in one journey
   * @throws IllegalArgumentException if a limit is not positive
   */
  public XmlLimits {
    checkArgument(maxDepth > 0, "maxDepth must be positive, got %s", maxDepth);
    checkArgument(maxAttributes > 0, "maxAttributes must be positive, got %s", maxAttributes);
    checkArgument(maxTextLength > 0, "maxTextLength must be positive, got %s", maxTextLength);
    checkArgument(
        maxEventsPerJourney > 0,
        "maxEventsPerJourney must be positive, got %s",
        maxEventsPerJourney);
  }

  /**
   * Returns these limits with another limit on the events of one journey.
   *
   * @param newMax the most events in one journey
   * @return the changed limits
   * @throws IllegalArgumentException if {@code newMax} is not positive
   */
  public XmlLimits withMaxEventsPerJourney(int newMax) {
    return new XmlLimits(maxDepth, maxAttributes, maxTextLength, newMax);
  }
}
