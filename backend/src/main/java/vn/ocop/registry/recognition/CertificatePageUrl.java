package vn.ocop.registry.recognition;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where people read a certificate: the web app's public page. QR codes on labels and on the printed certificate encode
 * it, and a browser asking the lookup API is sent there.
 */
@ApplicationScoped
public class CertificatePageUrl {
    /** `{code}` stands for the certificate's public code. */
    @ConfigProperty(name = "ocop.certificate-page-url")
    String template;

    public String of(String publicCode) {
        return template.replace("{code}", publicCode);
    }
}
