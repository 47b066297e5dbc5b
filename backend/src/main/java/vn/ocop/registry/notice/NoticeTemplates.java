package vn.ocop.registry.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The notices' texts, in Vietnamese, in {@code templates/NoticeTemplates/}: one plain-text template per kind, whose
 * first line is the subject. Plain values in, so that the features that send them depend on nothing here but this.
 */
public final class NoticeTemplates {
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NoticeTemplates() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificateExpiry(String producer, String product, String productCode, int stars,
                String validUntil, long daysLeft, String lookupUrl);

        static native TemplateInstance roundScoring(String member, String round, String unit, String closesOn);

        static native TemplateInstance supportStep(String producer, long requestId, String type, String requestedOn,
                String status, String note);
    }

    /** To a certificate's holder, {@code daysLeft} days before its last day. */
    public static NoticeMail certificateExpiry(String producer, String product, String productCode, int stars,
            LocalDate validUntil, long daysLeft, String lookupUrl) {
        return NoticeMail.of(Templates.certificateExpiry(producer, product, productCode, stars, date(validUntil), daysLeft,
                lookupUrl).render());
    }

    /** To a council member when the round starts scoring; {@code closesOn} may be null. */
    public static NoticeMail roundScoring(String member, String round, String unit, LocalDate closesOn) {
        return NoticeMail.of(Templates.roundScoring(member, round, unit, closesOn == null ? null : date(closesOn)).render());
    }

    /** To a producer's contact at each step of their support request; {@code note} may be null. */
    public static NoticeMail supportStep(String producer, long requestId, String type, LocalDate requestedOn,
            String status, String note) {
        return NoticeMail.of(Templates.supportStep(producer, requestId, type, date(requestedOn), status, note).render());
    }

    private static String date(LocalDate d) {
        return d.format(VN_DATE);
    }
}
