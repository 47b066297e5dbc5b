package vn.ocop.registry.common;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly, for every field of every endpoint:
 * <ul>
 * <li>a value of the wrong JSON type is a 400: 12.5 for a whole number (đồng, ids), {@code true} or 12 for a string,
 * "12" for a number, 1 for an enum;</li>
 * <li>every string passes {@link Text#normalize}; line breaks and tabs are allowed only in multi-line fields, those
 * whose name ends in description, note, comment or reason;</li>
 * <li>a date is exactly 2019-12-31 ({@link IsoDate});</li>
 * <li>the body is one JSON value, nothing after it;</li>
 * <li>a list longer than its field's {@code @Size(max)} is refused as it is read, before bean validation looks at its
 * items: 35,500 invalid notes kept Hibernate Validator busy for minutes (it collects violations whose hash codes
 * collide, so collecting n of them takes n² comparisons).</li>
 * </ul>
 * A refusal names the field (see {@link ProblemMappers}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** Customizers run by descending priority: this one last, after the Java time module, so its deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // A body is one JSON value: {"name":"a"}x or {…}{…} is malformed, not its first value.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // Scalars of the wrong JSON type: "12" for a number, "true" or 1 for a boolean, 12 for a date.
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            for (CoercionInputShape shape : new CoercionInputShape[]{CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String}) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        // 500 is a fine BigDecimal.
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        SimpleModule module = new SimpleModule("strict-json");
        module.addDeserializer(String.class, new TextDeserializer(false));
        module.addDeserializer(LocalDate.class, new DateDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new SizedList(deserializer, null);
            }
        });
        mapper.registerModule(module);
    }

    /** A value refused with a reason, e.g. "must not contain control characters"; the mapper answers 400 with it. */
    public static final class Refused extends MismatchedInputException {
        Refused(JsonParser p, String reason, Class<?> type) {
            super(p, reason, type);
        }
    }

    static boolean multiLine(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return name.endsWith("description") || name.endsWith("note") || name.endsWith("comment")
                || name.endsWith("reason");
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private final boolean multiLine;

        TextDeserializer(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean wanted = property != null && multiLine(property.getName());
            return wanted == multiLine ? this : new TextDeserializer(wanted);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            try {
                return Text.normalize(p.getText(), multiLine);
            } catch (Text.Refused e) {
                throw new Refused(p, e.getMessage(), String.class);
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A collection bounded by the {@link Size} of the field it is read into, with bean validation's message. */
    static final class SizedList extends DelegatingDeserializer {
        private final Size size;

        SizedList(JsonDeserializer<?> delegate, Size size) {
            super(delegate);
            this.size = size;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new SizedList(delegate, size);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
            Size declared = property == null ? null : property.getAnnotation(Size.class);
            return declared == null || !(contextual instanceof SizedList sized)
                    ? contextual
                    : new SizedList(sized.getDelegatee(), declared);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (size != null && value instanceof Collection<?> items && items.size() > size.max()) {
                throw new Refused(p, "size must be between " + size.min() + " and " + size.max(), Collection.class);
            }
            return value;
        }
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate date = p.hasToken(JsonToken.VALUE_STRING) ? IsoDate.parse(p.getText()) : null;
            if (date == null) {
                throw new Refused(p, IsoDate.MESSAGE, LocalDate.class);
            }
            return date;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
