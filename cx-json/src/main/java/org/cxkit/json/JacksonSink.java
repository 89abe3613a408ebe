package org.cxkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.cxkit.metrics.BadInputException.Kind;

/** {@link JsonSink} over a Jackson 2 {@link JsonGenerator}. */
final class JacksonSink implements JsonSink {
  private final JsonGenerator g;

  JacksonSink(JsonGenerator g) {
    this.g = g;
  }

  private static CxJsonException io(IOException e) {
    return new CxJsonException.Details(Kind.IO, "writing failed: " + e.getClass().getSimpleName())
        .build(e);
  }

  @Override
  public void startObject() {
    try {
      g.writeStartObject();
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void startArray() {
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void endArray() {
    try {
      g.writeEndArray();
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      g.writeFieldName(name);
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      g.writeString(value);
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void number(int value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void number(long value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void number(double value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void numberText(String text) {
    try {
      g.writeNumber(text);
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      g.writeBoolean(value);
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void nullValue() {
    try {
      g.writeNull();
    } catch (IOException e) {
      throw io(e);
    }
  }

  @Override
  public void flush() {
    try {
      g.flush();
    } catch (IOException e) {
      throw io(e);
    }
  }
}
