package vn.ocop.registry.product;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.files.FileContent;
import vn.ocop.registry.files.FileType;
import vn.ocop.registry.files.Upload;
import vn.ocop.registry.files.UploadedFile;
import vn.ocop.registry.product.ProductDtos.PhotoView;

/** Photos of a product: stored in PostgreSQL, recorded in the product's history. */
@ApplicationScoped
public class ProductPhotoService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "uploadedAt", "uploadedAt");
    static final Set<FileType> ACCEPTED = Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP);

    @Inject
    ProductService products;
    @Inject
    UnitScope scope;
    @Inject
    AuditLog audit;

    @Transactional
    public Page<PhotoView> list(long productId, PageRequest page) {
        products.requireAccessible(productId);
        return page.fetch(ProductPhoto.find("productId", page.toSort("id"), productId), PhotoView::of);
    }

    /**
     * The upload as a photo of this product, checked before {@link #add} (its hash keys an Idempotency-Key replay):
     * 404/403 for the product come before 400/413 for the file.
     */
    @Transactional
    public UploadedFile check(long productId, Upload upload) {
        products.requireAccessible(productId);
        return UploadedFile.check(upload, "file", ACCEPTED);
    }

    @Transactional
    public PhotoView add(long productId, UploadedFile file) {
        Product product = products.requireAccessible(productId);
        ProductPhoto photo = new ProductPhoto();
        photo.productId = product.id;
        photo.store(file, scope.username());
        photo.persist();
        audit.record(Product.AUDIT_TYPE, product.id, "PHOTO_ADDED", AuditLog.diff(null, Map.of("photo", summary(photo))),
                null, scope.username());
        return PhotoView.of(photo);
    }

    @Transactional
    public FileContent download(long productId, long photoId) {
        products.requireAccessible(productId);
        return find(productId, photoId).content();
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
