package org.tryon.inspections.results.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.ResultPhoto;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Photos attached to an inspection result (108.3: the record of each inspection; ADR 0051): images only (PNG, JPEG,
 * GIF, WebP), at most {@link #MAX_BYTES} each and {@link #MAX_PER_RESULT} per result, kept in the database.
 */
@ApplicationScoped
@Transactional
public class ResultPhotos {

    /** The largest photo taken: 5 MB (a tablet's photo, resized by its camera app, is well under). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most photos one result keeps. */
    public static final int MAX_PER_RESULT = 20;

    /** The image types a photo may have. */
    public static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A photo of a result, without its bytes. */
    public record PhotoView(
            long id,
            long resultId,
            String fileName,
            String contentType,
            int sizeBytes,
            Instant uploadedAt,
            String uploadedBy) {

        static PhotoView of(ResultPhoto p) {
            return new PhotoView(
                    p.getId(),
                    p.getResultId(),
                    p.getFileName(),
                    p.getContentType(),
                    p.getSizeBytes(),
                    p.getUploadedAt(),
                    p.getUploadedBy());
        }
    }

    /** A photo's bytes and type. */
    public record Image(String contentType, String fileName, byte[] data) {}

    /** A photo to attach (checked before the result is recorded, and again when attached). */
    public record NewPhoto(String fileName, String contentType, byte[] data) implements java.io.Serializable {}

    /** Attaches a photo to result {@code resultId}. Inspector, trade code administrator, administrator. */
    public PhotoView add(long resultId, NewPhoto photo) {
        user.requireAnyRole(
                "108.10: only an inspector, a trade code administrator or the administrator attaches a photo to a result",
                Roles.INSPECTOR,
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        if (em.find(InspectionResult.class, resultId) == null) {
            throw new RecordNotFoundException("inspection result", resultId);
        }
        NewPhoto checked = check(photo);
        long count = em.createQuery("select count(p) from ResultPhoto p where p.resultId = :r", Long.class)
                .setParameter("r", resultId)
                .getSingleResult();
        if (count >= MAX_PER_RESULT) {
            throw new RuleViolationException(
                    "photo", "photos per result", "A result keeps at most " + MAX_PER_RESULT + " photos");
        }
        ResultPhoto p = new ResultPhoto(
                resultId, checked.fileName(), checked.contentType(), checked.data(), clock.instant(), user.name());
        em.persist(p);
        em.flush();
        return PhotoView.of(p);
    }

    /**
     * The photo as it will be kept, or refused naming the field "photo": not empty, an image (PNG, JPEG, GIF, WebP,
     * judged by its first bytes, not by what the browser says), at most 5 MB.
     */
    public static NewPhoto check(NewPhoto photo) {
        if (photo == null || photo.data() == null || photo.data().length == 0) {
            throw new RuleViolationException("photo", "required", "The photo is empty; take or choose an image");
        }
        if (photo.data().length > MAX_BYTES) {
            throw new RuleViolationException(
                    "photo",
                    "photo size",
                    "The photo is " + (photo.data().length / 1024) + " KB; a photo may have at most "
                            + (MAX_BYTES / 1024 / 1024) + " MB");
        }
        String type = sniff(photo.data());
        if (type == null) {
            throw new RuleViolationException(
                    "photo", "photo type", "The photo must be an image (PNG, JPEG, GIF or WebP)");
        }
        String name = photo.fileName() == null || photo.fileName().isBlank()
                ? "photo." + type.substring("image/".length())
                : photo.fileName().replaceAll("^.*[/\\\\]", "").trim();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return new NewPhoto(name, type, photo.data());
    }

    /** The image type of {@code data} by its signature; none when it is not an image kept here. */
    static String sniff(byte[] d) {
        if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length >= 3 && (d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8 && (d[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8') {
            return "image/gif";
        }
        if (d.length >= 12
                && d[0] == 'R'
                && d[1] == 'I'
                && d[2] == 'F'
                && d[3] == 'F'
                && d[8] == 'W'
                && d[9] == 'E'
                && d[10] == 'B'
                && d[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** The photos of a result, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PhotoView> list(long resultId) {
        return em
                .createQuery("select p from ResultPhoto p where p.resultId = :r order by p.id", ResultPhoto.class)
                .setParameter("r", resultId)
                .getResultList()
                .stream()
                .map(PhotoView::of)
                .toList();
    }

    /** The photos of every result of a permit, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PhotoView> ofPermit(long permitId) {
        return em
                .createQuery(
                        "select p from ResultPhoto p where p.resultId in (select r.id from InspectionResult r where r.permitId = :p)"
                                + " order by p.id",
                        ResultPhoto.class)
                .setParameter("p", permitId)
                .getResultList()
                .stream()
                .map(PhotoView::of)
                .toList();
    }

    /** Photo {@code photoId} of result {@code resultId}, with its bytes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Image image(long resultId, long photoId) {
        ResultPhoto p = em.find(ResultPhoto.class, photoId);
        if (p == null || p.getResultId() != resultId) {
            throw new RecordNotFoundException("photo of inspection result " + resultId, photoId);
        }
        return new Image(p.getContentType(), p.getFileName(), p.getData());
    }
}
