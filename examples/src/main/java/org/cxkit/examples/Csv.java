package org.cxkit.examples;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV rows for the example data generators (reading goes through cx-json). */
final class Csv {
  private Csv() {}

  static void row(Writer w, List<String> cells) throws IOException {
    row(w, cells, ',');
  }

  static void row(Writer w, List<String> cells, char delimiter) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(delimiter);
      }
      w.write(quote(cells.get(i), delimiter));
    }
    w.write("\r\n");
  }

  static String quote(String cell, char delimiter) {
    boolean needs =
        cell.indexOf(delimiter) >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
