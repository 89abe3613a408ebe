package org.cxkit.formats;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a CSV file as {@code String[]}, read with Jackson's CSV parser (quotes, embedded
 * delimiters and line breaks, {@code ""} escapes) from strictly decoded UTF-8, with a leading BOM
 * skipped. Row 0 is the header. All Jackson CSV code lives here. Not thread-safe; closes its input.
 */
final class CsvRows implements AutoCloseable {
  private final CsvParser parser;
  private final Reader reader;
  private final int maxCell;
  private String[] row = new String[16];
  private int width;
  private long rowNumber = -1;

  private CsvRows(Reader reader, CsvParser parser, int maxCell) {
    this.reader = reader;
    this.parser = parser;
    this.maxCell = maxCell;
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
      return new CsvRows(reader, p, maxCell);
    } catch (IOException e) {
      throw io(e);
    }
  }

  /** Rows from UTF-8 bytes, decoded strictly. */
  static CsvRows of(InputStream in, char delimiter, int maxCell) {
    return of(utf8(in), delimiter, maxCell);
  }

  /**
   * Rows from UTF-8 bytes that continue a file after a row end: decoded strictly, and a leading
   * U+FEFF is content here, not a byte-order mark. Row numbers start at 0 for the first row.
   */
  static CsvRows continuing(InputStream in, char delimiter, int maxCell) {
    return open(utf8(in), delimiter, maxCell);
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Reads a file: {@code read} gets its bytes, which are closed afterwards. */
  static <T> T fromFile(Path file, Function<InputStream, T> read) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in);
    } catch (IOException e) {
      throw io(e);
    }
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
      throw io(e);
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
        throw new BadInputException(Kind.SYNTAX, InputLocation.row(rowNumber), "malformed CSV");
      }
      width = 0;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (width == row.length) {
          row = Arrays.copyOf(row, width * 2);
        }
        row[width++] = parser.getText();
      }
      if (t != JsonToken.END_ARRAY) {
        throw new BadInputException(Kind.SYNTAX, InputLocation.row(rowNumber), "malformed CSV");
      }
      return true;
    } catch (IOException e) {
      throw failure(e, current);
    }
  }

  /**
   * Reads the header row (row 0): each stripped header cell to its index, or to {@link #AMBIGUOUS}
   * if the header has it more than once.
   *
   * @throws BadInputException if the input is empty
   */
  Map<String, Integer> header() {
    if (!next()) {
      throw new BadInputException(
          Kind.SYNTAX, InputLocation.row(0), "empty CSV input: expected a header row");
    }
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < width; i++) {
      String h = row[i].strip();
      if (header.putIfAbsent(h, i) != null) {
        header.put(h, AMBIGUOUS);
      }
    }
    return header;
  }

  /** The index {@link #header()} gives a column the header has more than once. */
  static final int AMBIGUOUS = -2;

  /**
   * Returns the index of a column the reader needs.
   *
   * @throws BadInputException if the header lacks it or has it more than once
   */
  static int required(Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    if (i == null) {
      throw new BadInputException(
          Kind.STRUCTURE,
          InputLocation.cell(0, column),
          "missing column: expected a header cell with this name");
    }
    if (i == AMBIGUOUS) {
      throw new BadInputException(
          Kind.STRUCTURE,
          InputLocation.cell(0, column),
          "ambiguous column: the header has it twice");
    }
    return i;
  }

  /**
   * Returns the index of a column the reader can do without, or -1 if the header lacks it.
   *
   * @throws BadInputException if the header has it more than once
   */
  static int optional(Map<String, Integer> header, String column) {
    return header.containsKey(column) ? required(header, column) : -1;
  }

  /** Cell {@code i} of the current row, or {@code ""} past its end. */
  String cellOrEmpty(int i) {
    return i < width ? row[i] : "";
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

  int width() {
    return width;
  }

  /** Cell {@code i} of the current row, or null if the row is shorter. */
  @Nullable String cell(int i) {
    return i < width ? row[i] : null;
  }

  /**
   * The exception for a failure of the parser or the decoder in row {@code row}: where (the row,
   * and the line and column of the text, as numbers only) and what, never the text.
   */
  private BadInputException failure(IOException e, long row) {
    Kind kind;
    String reason;
    if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
      // The decoder reads ahead of the parser: the bad bytes are in this row or a later one.
      return new BadInputException(
          Kind.ENCODING,
          "invalid UTF-8 at or after "
              + InputLocation.row(row)
              + ": expected UTF-8 text, found a malformed byte sequence");
    } else if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      kind = Kind.LIMIT;
      reason = "cell longer than the limit of " + maxCell + " characters";
    } else if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      kind = Kind.SYNTAX;
      reason = "malformed CSV";
    } else {
      return io(e);
    }
    JsonLocation l = parser.currentLocation();
    if (l != null && l.getLineNr() > 0) {
      reason +=
          " (line "
              + l.getLineNr()
              + (l.getColumnNr() > 0 ? ", column " + l.getColumnNr() : "")
              + ")";
    }
    return new BadInputException(kind, InputLocation.row(row), reason);
  }

  /** The exception for a failed read of the underlying stream or file. */
  static BadInputException io(IOException e) {
    return new BadInputException(Kind.IO, "reading failed: " + e.getClass().getSimpleName(), e);
  }

  @Override
  public void close() {
    try {
      parser.close();
      reader.close();
    } catch (IOException e) {
      throw io(e);
    }
  }
}
