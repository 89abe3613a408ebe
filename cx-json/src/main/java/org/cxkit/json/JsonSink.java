package org.cxkit.json;

/** The few streaming-generator operations the writers need (see {@link JsonSource}). */
interface JsonSink {
  void startObject();

  void endObject();

  void startArray();

  void endArray();

  void name(String name);

  void string(String value);

  void number(int value);

  void number(long value);

  void number(double value);

  /** Writes a number token from its JSON text unchanged. */
  void numberText(String text);

  void bool(boolean value);

  void nullValue();

  /** Flushes buffered output; failures are thrown as {@link CxJsonException} of kind IO. */
  void flush();
}
