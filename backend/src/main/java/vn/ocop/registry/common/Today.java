package vn.ocop.registry.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates that decide validity are the province's calendar dates, whatever the server's zone. */
public final class Today {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
