package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The request reader's rules, on a mapper configured like the application's (Java time module, then StrictJson). */
class StrictJsonTest {
    enum Kind {
        FAIR, MARKET
    }

    record Line(String unit, BigDecimal quantity) {
    }

    record Body(String name, String note, Long id, int count, BigDecimal amount, Boolean flag, LocalDate on, Kind kind,
            List<String> tags, List<Line> lines) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(m);
        return m;
    }

    private Body read(String json) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), Body.class);
    }

    private String refusal(String json) {
        MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> read(json));
        return ProblemMappers.jsonPath(e) + ": " + (e instanceof StrictJson.Refused ? e.getOriginalMessage() : "mismatch");
    }

    @Test
    void acceptsWellTypedValues() throws Exception {
        Body b = read("{'name':'Cha\\u0309 hoa','note':'dòng 1\\r\\ndòng 2\\tx','id':12,'count':3,'amount':500,"
                + "'flag':true,'on':'2019-12-31','kind':'FAIR','tags':['a'],'lines':[{'unit':'kg','quantity':1.5}]}");
        assertEquals("Chả hoa", b.name());
        assertEquals("dòng 1\ndòng 2\tx", b.note());
        assertEquals(new BigDecimal("500"), b.amount());
        assertEquals(LocalDate.of(2019, 12, 31), b.on());
    }

    @Test
    void removesZeroWidthCharacters() throws Exception {
        assertEquals("Chả Hoa", read("{'name':'\\ufeffCh\\u200b\\u200cả\\u200d Ho\\u2060a'}").name());
        assertEquals(List.of("ab"), read("{'tags':['a\\u200bb']}").tags());
    }

    @Test
    void refusesWhatIsNotText() {
        assertEquals("name: must not contain control characters (line breaks and tabs included)",
                refusal("{'name':'a\\u0000b'}"));
        assertEquals("name: must not contain control characters (line breaks and tabs included)",
                refusal("{'name':'a\\nb'}"));
        assertEquals("note: must not contain control characters other than line breaks and tabs",
                refusal("{'note':'a\\u0007b'}"));
        assertEquals("name: must not contain unpaired UTF-16 surrogates", refusal("{'name':'a\\ud800'}"));
        assertEquals("name: must not contain unpaired UTF-16 surrogates", refusal("{'name':'\\udc00a'}"));
        assertEquals("tags[1]: must not contain control characters (line breaks and tabs included)",
                refusal("{'tags':['a','\\u0000']}"));
        assertEquals("lines[0].unit: must not contain control characters (line breaks and tabs included)",
                refusal("{'lines':[{'unit':'\\u001f'}]}"));
        assertEquals("name: must be valid UTF-8 text (contains U+FFFD, the replacement character)",
                refusal("{'name':'a\\ufffd'}"));
    }

    /** Found by HostileInputTest's generator: the first value was read and what followed it ignored. */
    @Test
    void aBodyIsOneValueWithNothingAfterIt() {
        for (String json : List.of("{'name':'a'}x", "{'name':'a'}{}", "{'name':'a'},", "{'name':'a'}]")) {
            assertThrows(JsonProcessingException.class, () -> read(json), json);
        }
    }

    @Test
    void refusesScalarsOfTheWrongType() {
        assertEquals("name: mismatch", refusal("{'name':true}"));
        assertEquals("name: mismatch", refusal("{'name':12}"));
        assertEquals("name: mismatch", refusal("{'name':1.5}"));
        assertEquals("id: mismatch", refusal("{'id':'12'}"));
        assertEquals("count: mismatch", refusal("{'count':'3'}"));
        assertEquals("count: mismatch", refusal("{'count':true}"));
        assertEquals("id: mismatch", refusal("{'id':1.5}"));
        assertEquals("id: mismatch", refusal("{'id':1e400}"));
        assertEquals("amount: mismatch", refusal("{'amount':'500'}"));
        assertEquals("flag: mismatch", refusal("{'flag':'true'}"));
        assertEquals("flag: mismatch", refusal("{'flag':1}"));
        assertEquals("kind: mismatch", refusal("{'kind':1}"));
    }

    @Test
    void refusesWhatIsNotExactlyADate() {
        for (String bad : List.of("2019-12-20T10:00:00", "-0001-01-01", "+10000-01-01", "0000-01-01", "2019-02-30",
                "2019-1-5", "20191231", " 2019-12-31")) {
            assertEquals("on: must be a date like 2019-12-31", refusal("{'on':'" + bad + "'}"), bad);
        }
        assertEquals("on: must be a date like 2019-12-31", refusal("{'on':20191231}"));
        assertEquals("on: must be a date like 2019-12-31", refusal("{'on':[2019,12,31]}"));
    }

    @Test
    void numbersBeyondTheirTypeAreRangeErrorsNamingTheField() {
        for (String json : List.of("{'id':99999999999999999999999}", "{'count':3000000000}")) {
            JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json));
            assertInstanceOf(InputCoercionException.class, e.getCause());
            assertEquals(json.substring(2, json.indexOf('\'', 2)), ProblemMappers.jsonPath(e));
        }
    }
}
