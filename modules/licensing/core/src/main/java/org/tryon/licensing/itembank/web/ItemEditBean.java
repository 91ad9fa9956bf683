package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tryon.licensing.itembank.application.ItemBank;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.VersionView;
import org.tryon.licensing.itembank.application.WriteItem;
import org.tryon.licensing.itembank.domain.ItemContent;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/**
 * The item editor: a new item, or an edit of an item (saved as its next version, a DRAFT; ADR 0034). Up to eight options
 * A to H; blank ones at the end are left out.
 */
@Named
@ViewScoped
public class ItemEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemBank bank;

    @Inject
    Licensing licensing;

    private Long id;
    private boolean loaded;
    private String code;
    private String certificateType;
    private String stem;
    private final String[] options = new String[ItemContent.MAX_OPTIONS];
    private String key;
    private String contentArea;
    private String reference;
    private String author;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        try {
            ItemDetail item = bank.view(id);
            VersionView latest = item.versions().get(0);
            code = item.code();
            certificateType = item.certificateType();
            stem = latest.stem();
            for (int i = 0; i < latest.options().size() && i < options.length; i++) {
                options[i] = latest.options().get(i).text();
            }
            key = latest.key();
            contentArea = latest.contentArea();
            reference = latest.reference();
            author = latest.author();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String save() {
        List<String> given = new ArrayList<>(Arrays.asList(options));
        while (!given.isEmpty()
                && (given.get(given.size() - 1) == null
                        || given.get(given.size() - 1).isBlank())) {
            given.remove(given.size() - 1);
        }
        WriteItem command = new WriteItem(certificateType, code, stem, given, key, contentArea, reference, author);
        try {
            ItemDetail saved = id == null ? bank.create(command) : bank.edit(id, command);
            return FacesErrors.infoAfterRedirect(
                    "Saved " + saved.code() + " version "
                            + saved.versions().get(0).number() + " ("
                            + UsFormat.code(saved.versions().get(0).status()).toLowerCase() + ")",
                    "/licensing/items-view.xhtml?faces-redirect=true&id=" + saved.id());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public List<String> getLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            labels.add(ItemContent.label(i));
        }
        return labels;
    }

    public List<String> getAreas() {
        return bank.contentAreas(certificateType);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem;
    }

    public String[] getOptions() {
        return options;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getContentArea() {
        return contentArea;
    }

    public void setContentArea(String contentArea) {
        this.contentArea = contentArea;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }
}
