package org.cxkit.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.function.Consumer;
import org.cxkit.metrics.BadInputException.Kind;

/**
 * Where {@link CxJson} meets Jackson 2: the parser and generator factory with the {@linkplain
 * JsonLimits limits}, {@link JacksonSource}s and {@link JacksonSink}s over it, the pinned pretty
 * printer, and the hardened {@code ObjectMapper}. Nothing else in cx-json creates Jackson objects
 * (except {@link CxJacksonModule}, which is a Jackson module), so a Jackson 3 sibling replaces this
 * class, the source and the sink.
 */
final class JacksonIo {
  private final JsonFactory factory;
  private final JsonFactory mapperFactory;
  private final DefaultPrettyPrinter printer;

  JacksonIo(JsonLimits limits) {
    this.factory = newFactory(limits, false);
    this.mapperFactory = newFactory(limits, true);
    this.printer = prettyPrinter();
  }

  /** A source over bytes already checked as UTF-8. */
  JacksonSource source(byte[] bytes, int offset, int length) {
    try {
      return new JacksonSource(factory.createParser(bytes, offset, length));
    } catch (IOException e) {
      throw Inputs.io(e);
    }
  }

  /** A source over checked characters. */
  JacksonSource source(char[] chars, int offset, int length) {
    try {
      return new JacksonSource(factory.createParser(chars, offset, length));
    } catch (IOException e) {
      throw Inputs.io(e);
    }
  }

  /**
   * Writes one document to characters in the pinned layout (two-space indent, {@code "name":
   * value}, {@code \n} line ends, a final newline), then flushes; the writer is not closed.
   */
  void write(Writer out, Consumer<JsonSink> body) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      emit(g, body);
    } catch (IOException e) {
      throw writing(e);
    }
  }

  /** Writes one document as UTF-8 (see {@link #write(Writer, Consumer)}). */
  void write(OutputStream out, Consumer<JsonSink> body) {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      emit(g, body);
    } catch (IOException e) {
      throw writing(e);
    }
  }

  private void emit(JsonGenerator g, Consumer<JsonSink> body) throws IOException {
    g.setPrettyPrinter(printer.createInstance());
    body.accept(new JacksonSink(g));
    g.writeRaw('\n');
    g.flush();
  }

  private static CxJsonException writing(IOException e) {
    return new CxJsonException.Details(Kind.IO, "writing failed: " + e.getClass().getSimpleName())
        .build(e);
  }

  /**
   * A new {@code ObjectMapper} with the limits and strictness (duplicate properties, trailing
   * tokens, scalar coercion, null primitives and float-as-int all rejected) and {@code module}.
   */
  ObjectMapper mapper(CxJacksonModule module) {
    return JsonMapper.builder(mapperFactory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addModule(module)
        .build();
  }

  /**
   * A factory with the limits. The model, results and JSON Lines readers detect duplicate
   * properties themselves (in known objects, enum maps and kept extensions alike), so Jackson's
   * detector is only switched on for the general-purpose mapper.
   */
  private static JsonFactory newFactory(JsonLimits l, boolean detectDuplicates) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(l.maxNestingDepth())
                .maxStringLength(l.maxStringLength())
                .maxNumberLength(l.maxNumberLength())
                .maxNameLength(l.maxNameLength())
                .maxDocumentLength(l.maxDocumentBytes())
                .maxTokenCount(l.maxTokenCount())
                .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, detectDuplicates)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    p.indentObjectsWith(indent);
    p.indentArraysWith(indent);
    return p;
  }
}
