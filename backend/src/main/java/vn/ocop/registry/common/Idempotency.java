package vn.ocop.registry.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Idempotency-Key on creating POSTs: the first request's result is stored with the key; a replay
 * by the same caller with the same body gets that result again instead of a second row.
 */
@ApplicationScoped
public class Idempotency {
    static final int MAX_KEY_LENGTH = 200;

    /** What a creating operation produced; {@code replayed} when it came from an earlier request. */
    record Created<T>(T body, String location, long version, boolean replayed) {
        public static <T> Created<T> of(T body, String location, long version) {
            return new Created<>(body, location, version, false);
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    UnitScope scope;

    /**
     * The 201 answer of a creating POST, the one way resources create: {@code create} runs once per (caller, key) in
     * this transaction (the service's joins it, so the stored answer and the row commit together); the answer has
     * the view as body, its Location and ETag, and Idempotent-Replayed on a replay.
     *
     * @param operation names the endpoint, e.g. "POST /api/v1/products", so a key is not reused across endpoints
     * @param location where the created view can be read
     */
    @Transactional
    public <T extends Versioned> RestResponse<T> created(IdempotencyKey key, String operation, Object request, Class<T> type,
            Supplier<T> create, Function<T, String> location) {
        return created(key, operation, request, type, create, location, Versioned::version);
    }

    /** As above, for a view without a version of its own (an immutable photo): {@code version} names the ETag. */
    @Transactional
    public <T> RestResponse<T> created(IdempotencyKey key, String operation, Object request, Class<T> type, Supplier<T> create,
            Function<T, String> location, ToLongFunction<T> version) {
        return ETags.created(create(key.value, operation, request, type, () -> {
            T view = create.get();
            return Created.of(view, location.apply(view), version.applyAsLong(view));
        }));
    }

    /**
     * Runs {@code create} once per (caller, key). Without a key it simply runs it.
     *
     * @param operation names the endpoint, e.g. "POST /api/v1/products", so a key is not reused across endpoints
     */
    private <T> Created<T> create(String key, String operation, Object request, Class<T> type, Supplier<Created<T>> create) {
        if (key == null || key.isBlank()) {
            return create.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("Idempotency-Key", "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String caller = scope.username();
        String hash = hash(request);
        // Retries of one key arrive together (a client timing out and sending again): each waits here until the one
        // before it commits, then finds its stored result and replays it, instead of creating twice or failing.
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:lock, 0))) l")
                .setParameter("lock", caller + "\n" + key).getSingleResult();
        List<SqlRow> rows = SqlRow.list(em.createNativeQuery("SELECT operation, request_hash, location, body, version "
                + "FROM idempotency_record WHERE caller = :caller AND idempotency_key = :key", Tuple.class)
                .setParameter("caller", caller).setParameter("key", key));
        if (!rows.isEmpty()) {
            SqlRow row = rows.get(0);
            if (!operation.equals(row.text("operation")) || !hash.equals(row.text("request_hash"))) {
                throw new ProblemException(422, ProblemTypes.CONFLICT, "Idempotency-Key reused",
                        "This Idempotency-Key was already used for a different request", null);
            }
            try {
                T body = json.readValue(row.text("body"), type);
                return new Created<>(body, row.text("location"), row.number("version"), true);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored idempotent response is unreadable", e);
            }
        }
        Created<T> created = create.get();
        String body;
        try {
            body = json.writeValueAsString(created.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored", e);
        }
        Flush.orConflict(em, () -> em.createNativeQuery("INSERT INTO idempotency_record (idempotency_key, caller, "
                + "operation, request_hash, version, location, body) "
                + "VALUES (:key, :caller, :op, :hash, :version, :location, :body)")
                .setParameter("key", key).setParameter("caller", caller).setParameter("op", operation)
                .setParameter("hash", hash).setParameter("version", created.version())
                .setParameter("location", created.location()).setParameter("body", body).executeUpdate(),
                () -> "A request with this Idempotency-Key is being processed; retry shortly");
        return created;
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
