package org.cxkit.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Request bodies read with a bound, so a large one never gets into memory whole. */
final class Bodies {
  private Bodies() {}

  /**
   * Reads the body: a declared length over {@code max} is refused before anything is read; a
   * chunked body is refused as soon as more than {@code max} bytes have arrived.
   *
   * @throws ErrorResponseException 413 if the body is larger than {@code max}
   */
  static byte[] read(HttpServletRequest request, long max) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max);
    }
    InputStream in = request.getInputStream();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(max, declared > 0 ? declared : 8192));
    byte[] buf = new byte[8192];
    int r;
    while ((r = in.read(buf)) >= 0) {
      if (out.size() + (long) r > max) {
        throw tooLarge(max);
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  private static ErrorResponseException tooLarge(long max) {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "Content too large",
        "the body is larger than " + max + " bytes");
  }
}
