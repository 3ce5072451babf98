package org.newsfacet.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.newsfacet.model.Article;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.QuoteKind;

/**
 * Reads and writes extraction records as JSON, exactly as the public contract spells them: dates
 * as {@code YYYY-MM-DD}, absent values as {@code null}, categories in lower case, whole numbers
 * without a decimal point.
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
          .characterEscapes(new InertEscapes()).build())
      .addModule(new JavaTimeModule())
      .addModule(contractModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Json() {}

  /**
   * Escapes, beyond JSON's own, every character a terminal could act on: delete, the C1
   * controls, the marks that reorder text, and the line and paragraph separators. The value read
   * back is the same; only a JSON line printed on a terminal cannot recolour or reorder it.
   */
  private static final class InertEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int DELETE = 0x7F;
    private static final int LAST_C1 = 0x9F;
    private static final String REORDERING = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + "\u2028\u2029";
    private final int[] ascii = standardAsciiEscapesForJSON();

    InertEscapes() {
      ascii[DELETE] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean inert = ch > LAST_C1 && REORDERING.indexOf(ch) < 0;
      return inert ? null : new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
    }
  }

  /**
   * The shared mapper, configured for the contract; use it to print other values the same way.
   *
   * @return the mapper; shared, so not to be reconfigured
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The record as one line of JSON.
   *
   * @param value a record of the extraction contract, or any value the mapper can write
   * @return JSON without line breaks
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads one record from its JSON; fails with the parser's message for malformed input.
   *
   * @param json one line of JSON Lines output
   * @return the record
   */
  public static Article readArticle(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an extraction record: " + e.getOriginalMessage(), e);
    }
  }

  private static SimpleModule contractModule() {
    SimpleModule module = new SimpleModule("newsfacet-contract");
    module.addSerializer(FigureCategory.class, new JsonSerializer<>() {
      @Override
      public void serialize(FigureCategory value, JsonGenerator gen, SerializerProvider p) throws IOException {
        gen.writeString(value.label());
      }
    });
    module.addDeserializer(FigureCategory.class, new JsonDeserializer<>() {
      @Override
      public FigureCategory deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        try {
          return FigureCategory.of(p.getValueAsString());
        } catch (IllegalArgumentException e) {
          return (FigureCategory) ctx.handleWeirdStringValue(FigureCategory.class, p.getValueAsString(),
              "not a figure category");
        }
      }
    });
    module.addSerializer(QuoteKind.class, new JsonSerializer<>() {
      @Override
      public void serialize(QuoteKind value, JsonGenerator gen, SerializerProvider p) throws IOException {
        gen.writeString(value.label());
      }
    });
    module.addDeserializer(QuoteKind.class, new JsonDeserializer<>() {
      @Override
      public QuoteKind deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        try {
          return QuoteKind.of(p.getValueAsString());
        } catch (IllegalArgumentException e) {
          return (QuoteKind) ctx.handleWeirdStringValue(QuoteKind.class, p.getValueAsString(), "not a quote kind");
        }
      }
    });
    JsonSerializer<Double> wholeAsLong = new JsonSerializer<>() {
      @Override
      public void serialize(Double value, JsonGenerator gen, SerializerProvider p) throws IOException {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
          gen.writeNumber(value.longValue());
        } else {
          gen.writeNumber(value);
        }
      }
    };
    module.addSerializer(Double.class, wholeAsLong);
    module.addSerializer(double.class, wholeAsLong);
    return module;
  }
}
