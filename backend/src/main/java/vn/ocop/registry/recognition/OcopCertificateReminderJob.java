package vn.ocop.registry.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import vn.ocop.registry.common.ProvinceClock;

/**
 * Every morning, records reminders for certificates that end within 30 days (the law asks for 30 days' notice), each
 * with an e-mail notice to the holder. Harmless on two instances at once: each reminder and notice is recorded once.
 */
@ApplicationScoped
public class OcopCertificateReminderJob {
    private static final Logger LOG = Logger.getLogger(OcopCertificateReminderJob.class);
    @Inject
    RecognitionService service;

    @Scheduled(cron = "{ocop.reminders.cron}", timeZone = ProvinceClock.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recordReminders() {
        int recorded = service.recordExpiryReminders();
        if (recorded > 0) {
            LOG.infof("Recorded %d certificate expiry reminders", recorded);
        }
    }
}
