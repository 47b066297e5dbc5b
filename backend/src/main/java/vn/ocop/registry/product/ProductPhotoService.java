package vn.ocop.registry.product;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.DistrictScope;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.Idempotency.Created;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.files.FileType;
import vn.ocop.registry.files.UploadedFile;
import vn.ocop.registry.product.ProductDtos.PhotoView;

/** Photos of a product: stored in PostgreSQL, recorded in the product's history. */
@ApplicationScoped
public class ProductPhotoService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "uploadedAt", "uploadedAt");
    static final Set<FileType> ACCEPTED = Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP);

    private final ProductService products;
    private final DistrictScope scope;
    private final AuditLog audit;
    private final Idempotency idempotency;

    public ProductPhotoService(ProductService products, DistrictScope scope, AuditLog audit, Idempotency idempotency) {
        this.products = products;
        this.scope = scope;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    /** What an Idempotency-Key replay must repeat: the same file for the same product. */
    record UploadKey(long productId, String sha256) {
    }

    @Transactional
    public Page<PhotoView> list(long productId, PageRequest page) {
        products.requireAccessible(productId);
        return page.fetch(ProductPhoto.find("productId", page.toSort("id"), productId), PhotoView::of);
    }

    @Transactional
    public Created<PhotoView> add(long productId, String idempotencyKey, FileUpload upload) {
        Product product = products.requireAccessible(productId);
        UploadedFile file = UploadedFile.check(upload, "file", ACCEPTED);
        return idempotency.create(idempotencyKey, "POST /api/v1/products/{id}/photos",
                new UploadKey(productId, file.sha256()), PhotoView.class, () -> {
                    ProductPhoto photo = new ProductPhoto();
                    photo.productId = product.id;
                    photo.store(file, scope.username());
                    photo.persist();
                    audit.record(Product.AUDIT_TYPE, product.id, "PHOTO_ADDED",
                            AuditLog.diff(null, Map.of("photo", summary(photo))), null, scope.username());
                    PhotoView view = PhotoView.of(photo);
                    return Created.of(view, view.href(), 0);
                });
    }

    @Transactional
    public Response download(long productId, long photoId) {
        products.requireAccessible(productId);
        return find(productId, photoId).download();
    }

    @Transactional
    public void delete(long productId, long photoId) {
        products.requireAccessible(productId);
        ProductPhoto photo = find(productId, photoId);
        audit.record(Product.AUDIT_TYPE, productId, "PHOTO_REMOVED",
                AuditLog.removal(Map.of("photo", summary(photo))), null, scope.username());
        photo.delete();
    }

    private static ProductPhoto find(long productId, long photoId) {
        ProductPhoto photo = ProductPhoto.find("id = ?1 and productId = ?2", photoId, productId).firstResult();
        if (photo == null) {
            throw ProblemException.notFound("Photo", photoId + " of product " + productId);
        }
        return photo;
    }

    private static Map<String, Object> summary(ProductPhoto photo) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", photo.id);
        s.put("fileName", photo.fileName);
        s.put("contentType", photo.contentType);
        s.put("sha256", photo.sha256);
        return s;
    }
}
