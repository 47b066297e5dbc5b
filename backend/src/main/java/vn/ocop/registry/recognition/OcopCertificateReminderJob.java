package vn.ocop.registry.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.ScheduledOnce;

/**
 * Every morning, records reminders for certificates that end within 30 days (the law asks for 30 days' notice), each
 * with an e-mail notice to the holder. Every instance's scheduler fires; one of them runs it ({@link ScheduledOnce}).
 */
@ApplicationScoped
public class OcopCertificateReminderJob {
    private static final Logger LOG = Logger.getLogger(OcopCertificateReminderJob.class);
    @Inject
    RecognitionService service;
    @Inject
    ScheduledOnce once;

    @Scheduled(cron = "{ocop.reminders.cron}", timeZone = ProvinceClock.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void recordReminders(ScheduledExecution execution) {
        if (!once.claim("certificate-reminders", execution.getScheduledFireTime())) {
            return;
        }
        int recorded = service.recordExpiryReminders();
        if (recorded > 0) {
            LOG.infof("Recorded %d certificate expiry reminders", recorded);
        }
    }
}
