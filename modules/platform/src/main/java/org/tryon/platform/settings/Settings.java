package org.tryon.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.time.TryonClock;

/** Reads and records effective-dated settings. */
@ApplicationScoped
public class Settings {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    TryonClock clock;

    @Inject
    @Any
    Instance<SettingCatalog> catalogs;

    /** The value of {@code key} in force on {@code date}. */
    @Transactional
    public <T> T valueOn(SettingKey<T> key, LocalDate date) {
        return timeline(key).valueOn(date);
    }

    /** The value of {@code key} in force today. */
    public <T> T current(SettingKey<T> key) {
        return valueOn(key, clock.today());
    }

    @Transactional
    public <T> SettingTimeline<T> timeline(SettingKey<T> key) {
        Map<LocalDate, T> changes = new LinkedHashMap<>();
        for (SettingValue v : values(key.key())) {
            changes.put(v.getEffectiveFrom(), key.parse(v.getValue()));
        }
        return new SettingTimeline<>(key, changes);
    }

    @Transactional
    public List<SettingValue> values(String key) {
        return em.createQuery(
                        "select v from SettingValue v where v.key = :k order by v.effectiveFrom", SettingValue.class)
                .setParameter("k", key)
                .getResultList();
    }

    /**
     * Records that {@code key} has {@code text} as its value from {@code from} on. A change may not
     * be back-dated before today: charges already computed under the old value stay as they were.
     */
    @Transactional
    public SettingValue record(String key, LocalDate from, String text, String reason) {
        SettingKey<?> setting = find(key)
                .orElseThrow(() ->
                        new RuleViolationException("key", "setting.known", "There is no setting named '" + key + "'"));
        if (from == null) {
            throw new RuleViolationException(
                    "effectiveFrom", "required", "The date from which the value applies is required");
        }
        if (from.isBefore(clock.today())) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "setting.not-backdated",
                    "A setting cannot change before today (" + clock.today()
                            + "): decisions already made under the old value stand");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(
                    "reason", "required", "Say why the value changes (for example the ordinance revision)");
        }
        Object value;
        try {
            value = setting.kind().parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "value", "setting.kind." + setting.kind().name().toLowerCase(), e.getMessage());
        }
        boolean exists = !em.createQuery(
                        "select v from SettingValue v where v.key = :k and v.effectiveFrom = :f", SettingValue.class)
                .setParameter("k", key)
                .setParameter("f", from)
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "setting.one-value-per-date",
                    "A value of " + key + " from " + from + " is already recorded");
        }
        SettingValue v = new SettingValue(key, from, setting.kind().format(value), reason.trim());
        em.persist(v);
        return v;
    }

    /** Every setting with its default, its changes and today's value. */
    @Transactional
    public List<SettingView> views() {
        return all().stream().map(this::view).toList();
    }

    @Transactional
    public SettingView view(String key) {
        return view(find(key).orElseThrow(() -> new org.tryon.platform.errors.RecordNotFoundException("setting", key)));
    }

    private SettingView view(SettingKey<?> k) {
        List<SettingView.Change> changes = values(k.key()).stream()
                .map(v -> new SettingView.Change(v.getEffectiveFrom(), v.getValue(), v.getReason()))
                .toList();
        return new SettingView(
                k.key(),
                k.kind().name(),
                k.section(),
                k.description(),
                k.kind().format(k.defaultValue()),
                k.kind().format(timeline(k).valueOn(clock.today())),
                changes);
    }

    public Optional<SettingKey<?>> find(String key) {
        return all().stream().filter(k -> k.key().equals(key)).findFirst();
    }

    public List<SettingKey<?>> all() {
        List<SettingKey<?>> keys = new ArrayList<>();
        for (SettingCatalog c : catalogs) {
            keys.addAll(c.settings());
        }
        keys.sort(Comparator.comparing(SettingKey::key));
        return keys;
    }
}
