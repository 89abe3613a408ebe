package org.cxkit.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly, and unlike {@link java.io.InputStreamReader} hands over every character
 * before a bad byte sequence before it reports it: the read after the last good character throws
 * {@link Malformed}, so a reader that consumed everything it was given knows exactly where the bad
 * bytes are (its own line and column). Not thread-safe; closes its input.
 */
final class DecodingReader extends Reader {

  /** The bytes at the reader's position are not valid in its charset. */
  static final class Malformed extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final String charset;

    Malformed(String charset) {
      this.charset = charset;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private boolean eof;
  private boolean flushed;
  private boolean bad;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (bad) {
      throw new Malformed(decoder.charset().name());
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        bad = true;
        if (out.position() > off) {
          return out.position() - off;
        }
        throw new Malformed(decoder.charset().name());
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      if (r.isOverflow()) {
        return out.position() - off;
      }
      if (eof) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
          if (out.position() > off) {
            return out.position() - off;
          }
        }
        return -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
