package org.cxkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cxkit.json.CxJsonException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a CSV file as {@code String[]}, read with Jackson's CSV parser (quotes, embedded
 * delimiters and line breaks, {@code ""} escapes) from strictly decoded UTF-8, with a leading BOM
 * skipped. Row 0 is the header. All Jackson CSV code lives here. Not thread-safe; closes its input.
 */
final class CsvRows implements AutoCloseable {
  private final CsvParser parser;
  private final Reader reader;
  private String[] row = new String[16];
  private int width;
  private long rowNumber = -1;

  private CsvRows(Reader reader, CsvParser parser) {
    this.reader = reader;
    this.parser = parser;
  }

  private static CsvRows open(Reader reader, char delimiter, int maxCell) {
    CsvFactory f =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(maxCell)
                    .maxDocumentLength(-1)
                    .maxTokenCount(-1)
                    .maxNumberLength(maxCell)
                    .maxNameLength(maxCell)
                    .build())
            .build();
    try {
      CsvParser p = f.createParser(reader);
      p.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
      p.disable(CsvParser.Feature.TRIM_SPACES);
      return new CsvRows(reader, p);
    } catch (IOException e) {
      throw failure(e, 0, null);
    }
  }

  /** Rows from UTF-8 bytes, decoded strictly. */
  static CsvRows of(InputStream in, char delimiter, int maxCell) {
    Reader r =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return of(r, delimiter, maxCell);
  }

  /**
   * Rows from UTF-8 bytes that continue a file after a row end: decoded strictly, and a leading
   * U+FEFF is content here, not a byte-order mark. Row numbers start at 0 for the first row.
   */
  static CsvRows continuing(InputStream in, char delimiter, int maxCell) {
    Reader r =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return open(r, delimiter, maxCell);
  }

  /** Rows from characters; a leading U+FEFF is skipped. */
  static CsvRows of(Reader in, char delimiter, int maxCell) {
    PushbackReader r = new PushbackReader(in, 1);
    try {
      int c = r.read();
      if (c >= 0 && c != 0xFEFF) {
        r.unread(c);
      }
    } catch (IOException e) {
      throw failure(e, 0, null);
    }
    return open(r, delimiter, maxCell);
  }

  /** Advances to the next row; false at the end of input. */
  boolean next() {
    long current = rowNumber + 1;
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return false;
      }
      rowNumber = current;
      if (t != JsonToken.START_ARRAY) {
        throw new CxJsonException.Details(Kind.SYNTAX, "malformed CSV")
            .csv(rowNumber, null)
            .build();
      }
      width = 0;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (width == row.length) {
          row = Arrays.copyOf(row, width * 2);
        }
        row[width++] = parser.getText();
      }
      if (t != JsonToken.END_ARRAY) {
        throw new CxJsonException.Details(Kind.SYNTAX, "malformed CSV")
            .csv(rowNumber, null)
            .build();
      }
      return true;
    } catch (IOException e) {
      throw failure(e, current, parser);
    }
  }

  /** Whether the current row is an empty line (one empty cell). */
  boolean isEmptyLine() {
    return width == 1 && row[0].isEmpty();
  }

  /**
   * Checks the current row has as many cells as the header; a shorter or longer row is malformed (a
   * lost delimiter or an unquoted one), not a row of blank answers.
   *
   * @return null if it fits, else the reason
   */
  @Nullable String widthProblem(int headerWidth) {
    if (width == headerWidth) {
      return null;
    }
    return "row has "
        + width
        + (width == 1 ? " cell" : " cells")
        + ", the header has "
        + headerWidth;
  }

  /** The current row number: 0 for the header, 1 for the first data row. */
  long rowNumber() {
    return rowNumber;
  }

  /** The 1-based line where the current token is (a row may span lines). */
  int line() {
    JsonLocation l = parser.currentLocation();
    return l == null ? 0 : l.getLineNr();
  }

  int width() {
    return width;
  }

  /** Cell {@code i} of the current row, or null if the row is shorter. */
  @Nullable String cell(int i) {
    return i < width ? row[i] : null;
  }

  String[] copy() {
    return Arrays.copyOf(row, width);
  }

  private static CxJsonException failure(IOException e, long row, @Nullable CsvParser parser) {
    CxJsonException.Details d;
    if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
      d =
          new CxJsonException.Details(Kind.ENCODING, "invalid UTF-8")
              .expected("UTF-8 text", "a malformed byte sequence");
    } else if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      d = new CxJsonException.Details(Kind.LIMIT, "cell longer than the limit");
    } else if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      d = new CxJsonException.Details(Kind.SYNTAX, "malformed CSV");
    } else {
      return new CxJsonException.Details(Kind.IO, "reading failed: " + e.getClass().getSimpleName())
          .csv(row, null)
          .build(e);
    }
    d.csv(row, null);
    if (parser != null) {
      JsonLocation l = parser.currentLocation();
      if (l != null) {
        d.line = Math.max(0, l.getLineNr());
        d.column = Math.max(0, l.getColumnNr());
      }
    }
    return d.build();
  }

  @Override
  public void close() {
    try {
      parser.close();
      reader.close();
    } catch (IOException e) {
      throw failure(e, rowNumber, null);
    }
  }
}
