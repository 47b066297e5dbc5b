package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestSmtp;
import vn.ocop.registry.notice.NoticeSender;

/** When a round starts scoring, each council member with an e-mail is told, once. */
@QuarkusTest
class ScoringNoticeTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Inject
    TestProducts products;
    @Inject
    NoticeSender sender;
    @Inject
    EntityManager em;

    @Test
    void eachMemberIsToldOnceWhenTheirRoundStartsScoring() {
        long round = EvaluationFixtures.round("DISTRICT", CAUKE, EvaluationFixtures.B1048);
        String run = TestData.marker();
        List<Map<String, Object>> members = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < EvaluationFixtures.CAUKE_COUNCIL.size(); i++) {
            String username = EvaluationFixtures.CAUKE_COUNCIL.get(i);
            Map<String, Object> member = new HashMap<>(Map.of("username", username, "fullName", "Thành viên " + username,
                    "chair", i == 0));
            if (i < 2) { // the third member gave no e-mail: no notice for them
                String email = run + "-" + username + "@example.vn";
                member.put("email", email);
                addresses.add(email);
            }
            members.add(member);
        }
        String path = "/api/v1/evaluation-rounds/" + round;
        as(OFFICE).header("If-Match", EvaluationFixtures.etag(path)).body(Map.of("members", members))
                .put(path + "/council").then().statusCode(200).body("members.email", contains(addresses.get(0),
                        addresses.get(1), null));
        EvaluationFixtures.enter(OFFICE, round,
                EvaluationFixtures.product(products, CAUKE, EvaluationFixtures.B1048, "Mứt chuối " + run));
        String name = as(OFFICE).get(path).then().extract().jsonPath().getString("name");

        EvaluationFixtures.action(round, "start-scoring");
        while (sender.sendDue() > 0) {
            // every batch
        }
        for (String email : addresses) {
            List<MimeMessage> received = TestSmtp.to(SMTP, email);
            assertEquals(1, received.size(), email);
            assertEquals("[OCOP] Kỳ đánh giá \"" + name + "\" đã bắt đầu chấm điểm", TestSmtp.subject(received.get(0)));
            String body = TestSmtp.body(received.get(0));
            assertTrue(body.contains("Huyện Cầu Kè"), body);
            assertTrue(body.contains("nộp phiếu chấm điểm trước ngày 01/07/2022"), body);
        }
        long recorded = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM notice WHERE subject = :s").setParameter("s", "round:" + round)
                .getSingleResult()).longValue());
        assertEquals(2, recorded, "none for the member without an e-mail");
    }
}
