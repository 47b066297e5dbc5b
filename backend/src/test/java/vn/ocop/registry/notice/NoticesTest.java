package vn.ocop.registry.notice;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestSmtp;
import vn.ocop.registry.common.TestUnits;

/**
 * E-mail notices end to end against an embedded SMTP server: recorded with their event, sent once by the sender even
 * when two run at once, retried up to the limit when the server is away.
 */
@QuarkusTest
class NoticesTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Inject
    NoticeSender sender;
    @Inject
    Notices notices;
    @Inject
    EntityManager em;
    @Inject
    TestProducts products;

    @AfterEach
    void release() {
        TestClock.release();
    }

    /** Runs the sender until nothing due is left, as its schedule would. */
    private void sendAll() {
        while (sender.sendDue() > 0) {
            // next batch
        }
    }

    private static String address() {
        return TestData.marker() + "@example.vn";
    }

    private long producer(String name, String email) {
        Map<String, Object> body = new HashMap<>(TestUnits.producerInCommune(TRAVINH, name));
        body.put("email", email);
        return as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void pin(LocalDate day) {
        TestClock.pin(day.atTime(12, 0).atZone(ProvinceClock.ZONE).toInstant());
    }

    @Test
    void theHolderIsRemindedOnceThirtyDaysBeforeTheEnd() throws Exception {
        String email = address();
        String marker = TestData.marker();
        long product = products.create(producer("HTX Bưởi " + marker, email), "Bưởi da xanh " + marker,
                "DECISION_1048_2019", 7, 2019);
        Map<String, Object> decision = new HashMap<>();
        decision.put("number", marker.substring(2, 8) + "/QĐ-UBND");
        decision.put("decidedOn", "2019-12-20");
        decision.put("signer", "Phó Chủ tịch UBND tỉnh");
        decision.put("level", "PROVINCIAL");
        decision.put("adminUnitCode", "84");
        decision.put("legalBasisCode", "DECISION_1048_2019");
        decision.put("recognitions", List.of(Map.of("productId", product, "stars", 4)));
        as(OFFICE).body(decision).post("/api/v1/recognition-decisions").then().statusCode(201);
        LocalDate lastDay = LocalDate.of(2022, 12, 19);

        pin(lastDay.minusDays(31));
        as(OFFICE).post("/api/v1/ocop-certificates/reminders/run").then().statusCode(200);
        sendAll();
        assertEquals(0, TestSmtp.to(SMTP, email).size(), "31 days before the end, no reminder yet");

        // the day: two instances run the job at the same moment
        pin(lastDay.minusDays(30));
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> job = () -> {
            together.await();
            return as(OFFICE).post("/api/v1/ocop-certificates/reminders/run").then().statusCode(200).extract().jsonPath()
                    .getInt("recorded");
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = instances.submit(job);
            Future<Integer> b = instances.submit(job);
            assertTrue(a.get() + b.get() >= 1);
        } finally {
            instances.shutdownNow();
        }
        sendAll();
        List<MimeMessage> received = TestSmtp.to(SMTP, email);
        assertEquals(1, received.size(), "30 days before the end, one reminder");
        assertTrue(TestSmtp.subject(received.get(0)).contains("Bưởi da xanh " + marker), TestSmtp.subject(received.get(0)));
        String body = TestSmtp.body(received.get(0));
        assertTrue(body.contains("Kính gửi HTX Bưởi " + marker), body);
        assertTrue(body.contains("hết hiệu lực sau ngày 19/12/2022, còn 30 ngày"), body);

        for (int daysBefore : List.of(30, 29, 1)) {
            pin(lastDay.minusDays(daysBefore));
            as(OFFICE).post("/api/v1/ocop-certificates/reminders/run").then().statusCode(200);
            sendAll();
        }
        assertEquals(1, TestSmtp.to(SMTP, email).size(), "reminded once, however often the job runs");
    }

    @Test
    void eachStepOfASupportRequestTellsTheProducer() {
        String email = address();
        long producer = producer("Cơ sở Bánh tráng " + TestData.marker(), email);
        long id = as(OFFICE).body(Map.of("producerId", producer, "type", "PACKAGING_DESIGN", "description",
                "Thiết kế bao bì bánh tráng", "requestedOn", TestClock.today().toString()))
                .post("/api/v1/support-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        sendAll();
        List<MimeMessage> received = TestSmtp.to(SMTP, email);
        assertEquals(1, received.size());
        assertEquals("[OCOP] Đề nghị hỗ trợ số " + id + ": Đã đề nghị", TestSmtp.subject(received.get(0)));

        String etag = as(OFFICE).get("/api/v1/support-requests/" + id).then().extract().header("ETag");
        as(OFFICE).header("If-Match", etag).body(Map.of("note", "Sở Công Thương hỗ trợ 50% chi phí"))
                .post("/api/v1/support-requests/" + id + "/approve").then().statusCode(200);
        sendAll();
        received = TestSmtp.to(SMTP, email);
        assertEquals(2, received.size());
        MimeMessage approved = received.get(1);
        assertEquals("[OCOP] Đề nghị hỗ trợ số " + id + ": Đã duyệt", TestSmtp.subject(approved));
        assertTrue(TestSmtp.body(approved).contains("Ghi chú: Sở Công Thương hỗ trợ 50% chi phí"),
                TestSmtp.body(approved));
        assertTrue(TestSmtp.body(approved).contains("(Thiết kế bao bì, nhãn mác)"), TestSmtp.body(approved));
    }

    @Test
    void aNoticeIsRecordedOnceWhateverRecordsItAgain() {
        String email = address();
        String subject = "test:" + TestData.marker();
        NoticeMail mail = new NoticeMail("Thử", "Nội dung");
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> notices.record(NoticeKind.SUPPORT_STEP, subject, "step:1", email, mail)));
        assertEquals(false, QuarkusTransaction.requiringNew()
                .call(() -> notices.record(NoticeKind.SUPPORT_STEP, subject, "step:1", address(), mail)));
        assertEquals(false, QuarkusTransaction.requiringNew()
                .call(() -> notices.record(NoticeKind.SUPPORT_STEP, subject, "step:2", " ", mail)));
        sendAll();
        assertEquals(1, TestSmtp.to(SMTP, email).size());
    }

    /**
     * Two senders (two instances) at once over 30 due notices: each is sent exactly once. The clock stands in 2001,
     * so that only this test's notices are due.
     */
    @Test
    void twoSendersAtOnceSendEachNoticeOnce() throws Exception {
        TestClock.pin(Instant.parse("2001-03-01T00:00:00Z"));
        String run = TestData.marker();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = run + "-" + i + "@example.vn";
            addresses.add(email);
            QuarkusTransaction.requiringNew().run(() -> notices.record(NoticeKind.SUPPORT_STEP, "test:" + run,
                    email, email, new NoticeMail("Thử gửi đồng thời", "Một lần thôi")));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> instance = () -> {
            start.await();
            int claimed = 0;
            for (int n; (n = sender.sendDue()) > 0;) {
                claimed += n;
            }
            return claimed;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(instance);
            Future<Integer> b = pool.submit(instance);
            assertTrue(a.get() + b.get() >= 30, "every notice claimed");
        } finally {
            pool.shutdownNow();
        }
        for (String email : addresses) {
            assertEquals(1, TestSmtp.to(SMTP, email).size(), email);
        }
        List<SqlRow> rows = rows("test:" + run);
        assertEquals(30, rows.size());
        rows.forEach(r -> {
            assertEquals(1, r.integer("attempts"), "claimed by one sender, once");
            assertNotNull(r.tuple().get("sent_at"));
        });
    }

    /** With the SMTP server away, a notice is tried again later, waiting longer each time, up to five attempts. */
    @Test
    void failuresAreRetriedUpToTheLimit() {
        Instant t0 = Instant.parse("2000-06-01T00:00:00Z");
        TestClock.pin(t0);
        String subject = "test:" + TestData.marker();
        String email = address();
        QuarkusTransaction.requiringNew().run(() -> notices.record(NoticeKind.SUPPORT_STEP, subject, "step:1", email,
                new NoticeMail("Thử lại", "Khi máy chủ thư vắng mặt")));
        SMTP.stop();
        Instant at = t0;
        for (int attempt = 1; attempt <= 5; attempt++) {
            sender.sendDue();
            SqlRow row = rows(subject).get(0);
            assertEquals(attempt, row.integer("attempts"));
            assertNull(row.tuple().get("sent_at"));
            assertNotNull(row.text("last_error"));
            sender.sendDue();
            assertEquals(attempt, rows(subject).get(0).integer("attempts"), "not again before its time");
            at = at.plus(Duration.ofMinutes(5L << (attempt - 1)));
            TestClock.pin(at);
        }
        TestClock.pin(t0.plus(Duration.ofDays(3650)));
        sender.sendDue();
        SMTP.start();
        assertEquals(5, rows(subject).get(0).integer("attempts"), "given up after five attempts");
        assertEquals(0, TestSmtp.to(SMTP, email).size());
        // the office sees it failed, and why
        as(OFFICE).queryParam("status", "FAILED").queryParam("kind", "SUPPORT_STEP").queryParam("sort", "-id")
                .queryParam("size", 200).get("/api/v1/notices").then().statusCode(200)
                .body("items.find { it.subject == '" + subject + "' }.recipient", equalTo(email))
                .body("items.find { it.subject == '" + subject + "' }.attempts", equalTo(5))
                .body("items.find { it.subject == '" + subject + "' }.lastError", notNullValue())
                .body("items.status", everyItem(equalTo("FAILED")));
    }

    @Test
    void theOfficeReadsTheNoticesAndNoOneElse() {
        String email = address();
        String subject = "test:" + TestData.marker();
        QuarkusTransaction.requiringNew().run(() -> notices.record(NoticeKind.ROUND_SCORING, subject, "pc1", email,
                new NoticeMail("Thử danh sách", "Nội dung")));
        sendAll();
        as(OFFICE).queryParam("status", "SENT").queryParam("sort", "-id").queryParam("size", 200)
                .get("/api/v1/notices").then().statusCode(200)
                .body("items.find { it.subject == '" + subject + "' }.kind", equalTo("ROUND_SCORING"))
                .body("items.find { it.subject == '" + subject + "' }.title", equalTo("Thử danh sách"))
                .body("items.find { it.subject == '" + subject + "' }.sentAt", notNullValue())
                .body("items.status", everyItem(equalTo("SENT")));
        as(OFFICE).queryParam("status", "LOST").get("/api/v1/notices").then().statusCode(400);
        for (String user : List.of(PC, DC_TRAVINH, DO_TRAVINH, INTEGRATOR)) {
            as(user).get("/api/v1/notices").then().statusCode(403);
        }
        as(ANONYMOUS).get("/api/v1/notices").then().statusCode(401);
    }

    private List<SqlRow> rows(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> SqlRow.list(em.createNativeQuery(
                "SELECT attempts, sent_at, last_error FROM notice WHERE subject = :s ORDER BY id", Tuple.class)
                .setParameter("s", subject)));
    }
}
