package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cxkit.core.Ids;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;

/** The scalar and collection {@link Codec}s the property tables are made of. */
final class Codecs {
  private Codecs() {}

  /** A string (any text; cx-core says which strings a model accepts). */
  static final Codec<String, String> STRING =
      new Codec<>() {
        @Override
        String read(TableReader r) {
          return r.str();
        }

        @Override
        void write(TableWriter w, String value) {
          w.out.string(value);
        }

        @Override
        void check(TableReader r, String expected) {
          checkString(r, expected);
        }

        @Override
        String jsonType() {
          return "string";
        }
      };

  /** An integer in the {@code int} range. */
  static final Codec<Integer, Integer> INT =
      new Codec<>() {
        @Override
        Integer read(TableReader r) {
          return r.integer();
        }

        @Override
        void write(TableWriter w, Integer value) {
          w.out.number(value.intValue());
        }

        @Override
        void check(TableReader r, Integer expected) {
          checkInteger(r, expected.longValue());
        }

        @Override
        String jsonType() {
          return "integer";
        }
      };

  /** A count: an integer from 0 to {@code Long.MAX_VALUE}. */
  static final Codec<Long, Long> COUNT =
      new Codec<>() {
        @Override
        Long read(TableReader r) {
          return r.count();
        }

        @Override
        void write(TableWriter w, Long value) {
          w.out.number(value.longValue());
        }

        @Override
        void check(TableReader r, Long expected) {
          checkInteger(r, expected);
        }

        @Override
        String jsonType() {
          return "integer";
        }
      };

  /** A finite number; a non-finite one is never written. */
  static final Codec<Double, Double> NUMBER =
      new Codec<>() {
        @Override
        Double read(TableReader r) {
          return r.number();
        }

        @Override
        void write(TableWriter w, Double value) {
          w.out.number(value.doubleValue());
        }

        @Override
        boolean writable(Double value) {
          return Double.isFinite(value);
        }

        @Override
        boolean alwaysWritable() {
          return false;
        }

        @Override
        void check(TableReader r, Double expected) {
          Tok t = r.src.current();
          if (t != Tok.INT && t != Tok.FLOAT) {
            throw r.wrongType(TableReader.found(Tok.FLOAT), t);
          }
          double d = r.src.doubleValue();
          if (!Double.isFinite(d)) {
            r.shape("number out of range", "a finite number", "a number too large for a double");
            throw TableReader.SKIPPED;
          }
          if (!TableReader.close(d, expected)) {
            r.mismatch(
                "the computed value (within a relative 1e-9)",
                "another number",
                r.src.line(),
                r.src.column());
          }
        }

        @Override
        String jsonType() {
          return "number";
        }
      };

  /** A boolean. */
  static final Codec<Boolean, Boolean> BOOL =
      new Codec<>() {
        @Override
        Boolean read(TableReader r) {
          return r.bool();
        }

        @Override
        void write(TableWriter w, Boolean value) {
          w.out.bool(value);
        }

        @Override
        String jsonType() {
          return "boolean";
        }
      };

  /** An ISO-8601 date, {@code yyyy-mm-dd}. */
  /** A duration as an ISO-8601 string such as {@code "PT30S"}; never negative. */
  static final Codec<Duration, Duration> DURATION =
      new Codec<>() {
        @Override
        Duration read(TableReader r) {
          return r.duration();
        }

        @Override
        void write(TableWriter w, Duration value) {
          w.out.string(value.toString());
        }

        @Override
        String jsonType() {
          return "string";
        }
      };

  static final Codec<LocalDate, LocalDate> DATE =
      new Codec<>() {
        @Override
        LocalDate read(TableReader r) {
          return r.date();
        }

        @Override
        void write(TableWriter w, LocalDate value) {
          w.out.string(value.toString());
        }

        @Override
        String jsonType() {
          return "string";
        }
      };

  /** A derived string must be the one the result gives. */
  static void checkString(TableReader r, String expected) {
    Tok t = r.src.current();
    if (t != Tok.STRING) {
      throw r.wrongType("a string", t);
    }
    if (!r.src.text().equals(expected)) {
      r.mismatch("the computed string", "another string", r.src.line(), r.src.column());
    }
  }

  /** A derived integer must be the one the result gives, digit for digit. */
  private static void checkInteger(TableReader r, long expected) {
    Tok t = r.src.current();
    if (t != Tok.INT) {
      throw r.wrongType("an integer", t);
    }
    if (!r.src.numberText().equals(Long.toString(expected))) {
      r.mismatch(
          "the computed value (within a relative 1e-9)",
          "another number",
          r.src.line(),
          r.src.column());
    }
  }

  /** An enumerated string: the name of one of {@code type}'s constants. */
  static <E extends Enum<E>> Codec<E, E> enumOf(Class<E> type) {
    return new Codec<>() {
      @Override
      E read(TableReader r) {
        return r.enumValue(type);
      }

      @Override
      void write(TableWriter w, E value) {
        w.out.string(value.name());
      }

      @Override
      void check(TableReader r, E expected) {
        checkString(r, expected.name());
      }

      @Override
      String jsonType() {
        return "string";
      }

      @Override
      ImmutableList<String> constants() {
        return names(type);
      }
    };
  }

  /** An array of distinct constants of {@code type}, written in declaration order. */
  static <E extends Enum<E>> Codec<Set<E>, Set<E>> enumSet(Class<E> type) {
    return new Codec.ArrayCodec<>(enumOf(type)) {
      @Override
      ImmutableSet<E> read(TableReader r) {
        return r.enumSet(type);
      }

      @Override
      void write(TableWriter w, Set<E> values) {
        w.out.startArray();
        for (E e : values) {
          w.out.string(e.name());
        }
        w.out.endArray();
      }
    };
  }

  /** An object whose property names are constants of {@code type}, each with a value. */
  static <E extends Enum<E>, V> Codec<Map<E, V>, Map<E, V>> enumMap(
      Class<E> type, Codec<V, V> value) {
    return new Codec<>() {
      @Override
      Map<E, V> read(TableReader r) {
        return r.enumMap(type, () -> value.read(r));
      }

      @Override
      void write(TableWriter w, Map<E, V> values) {
        w.out.startObject();
        for (Map.Entry<E, V> e : values.entrySet()) {
          w.out.name(e.getKey().name());
          value.write(w, e.getValue());
        }
        w.out.endObject();
      }

      @Override
      String jsonType() {
        return "object";
      }

      @Override
      ImmutableList<String> constants() {
        return names(type);
      }

      @Override
      Codec<?, ?> elements() {
        return value;
      }
    };
  }

  /**
   * An id of a result (a slug), checked as it is read: a malformed one is described without quoting
   * it (ids may be personal data).
   */
  static <I> Codec<I, I> id(String what, Function<String, I> parse, Function<I, String> text) {
    return new Codec<>() {
      @Override
      I read(TableReader r) {
        int line = r.src.line();
        int column = r.src.column();
        return parseId(r, r.str(), what, parse, line, column);
      }

      @Override
      void write(TableWriter w, I value) {
        w.out.string(text.apply(value));
      }

      @Override
      void check(TableReader r, I expected) {
        checkString(r, text.apply(expected));
      }

      @Override
      String jsonType() {
        return "string";
      }
    };
  }

  private static <I> I parseId(
      TableReader r, String text, String what, Function<String, I> parse, int line, int column) {
    if (!Ids.isValid(text)) {
      r.problem(
          Kind.MODEL,
          "malformed " + what,
          Messages.slugExpectation(),
          Messages.describeWithoutContent(text),
          line,
          column);
      throw TableReader.SKIPPED;
    }
    return parse.apply(text);
  }

  /**
   * An object of counts keyed by ids. The names are ids (possibly personal data): problems point at
   * the object and give the property's position, never a pointer that spells the name.
   */
  static <I> Codec<Map<I, Long>, Map<I, Long>> countMap(
      String what, Function<String, I> parse, Function<I, String> text) {
    return new Codec<>() {
      @Override
      Map<I, Long> read(TableReader r) {
        Tok t = r.src.current();
        if (t != Tok.START_OBJECT) {
          throw r.wrongType("an object of counts", t);
        }
        Map<I, Long> out = new LinkedHashMap<>();
        int i = 0;
        while (r.src.next() == Tok.NAME) {
          int line = r.src.line();
          int column = r.src.column();
          String which = " (property " + ++i + ")";
          I key = parseId(r, r.src.text(), what + " as property name" + which, parse, line, column);
          Tok v = r.src.next();
          if (v != Tok.INT) {
            throw r.wrongType("an integer count" + which, v);
          }
          if (out.put(key, r.count()) != null) {
            r.shape("duplicate property" + which, null, null);
          }
        }
        return ImmutableMap.copyOf(out);
      }

      @Override
      void write(TableWriter w, Map<I, Long> values) {
        w.out.startObject();
        for (Map.Entry<I, Long> e : values.entrySet()) {
          w.out.name(text.apply(e.getKey()));
          w.out.number(e.getValue().longValue());
        }
        w.out.endObject();
      }

      @Override
      String jsonType() {
        return "object";
      }
    };
  }

  private static <E extends Enum<E>> ImmutableList<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum::name)
        .collect(ImmutableList.toImmutableList());
  }
}
