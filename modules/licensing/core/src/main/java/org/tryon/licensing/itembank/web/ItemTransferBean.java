package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.tryon.licensing.itembank.application.ItemBankViews.ImportResult;
import org.tryon.licensing.itembank.application.ItemCsv;
import org.tryon.licensing.itembank.application.ItemTransfer;
import org.tryon.licensing.itembank.domain.ItemStatus;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/** Import and export of the item bank: IMS QTI 2.1 content packages and CSV. Exports are downloads of the REST API (logged). */
@Named
@ViewScoped
public class ItemTransferBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemTransfer transfer;

    @Inject
    Licensing licensing;

    private String exportType;
    private String exportStatus;
    private String importType;
    /** The uploads of the request that imports them (not kept in the session, ADR 0056). */
    private transient UploadedFile qtiFile;

    private transient UploadedFile csvFile;
    private ImportResult result;
    private List<RuleViolationException.Violation> refused;

    public void importQti() {
        result = null;
        refused = null;
        if (qtiFile == null || qtiFile.getSize() == 0) {
            FacesErrors.show(new RuleViolationException("file", "required", "Choose a QTI 2.1 content package (.zip)"));
            return;
        }
        try (InputStream in = qtiFile.getInputStream()) {
            done(transfer.importQti(in, importType));
        } catch (RuleViolationException e) {
            refuse(e);
        } catch (IOException e) {
            FacesErrors.show(new RuleViolationException("file", "readable", "The file could not be read"));
        }
    }

    public void importCsv() {
        result = null;
        refused = null;
        if (csvFile == null || csvFile.getSize() == 0) {
            FacesErrors.show(new RuleViolationException("file", "required", "Choose a CSV file"));
            return;
        }
        try (Reader in = new InputStreamReader(csvFile.getInputStream(), StandardCharsets.UTF_8)) {
            done(transfer.importCsv(in));
        } catch (RuleViolationException e) {
            refuse(e);
        } catch (IOException e) {
            FacesErrors.show(new RuleViolationException("file", "readable", "The file could not be read"));
        }
    }

    private void done(ImportResult r) {
        result = r;
        FacesErrors.info("Imported: " + r.itemsCreated() + " new item(s), " + r.versionsAdded() + " new version(s), "
                + r.unchanged() + " already in the bank (new versions are drafts for the subcommittee's review)");
    }

    private void refuse(RuleViolationException e) {
        refused = e.violations();
        FacesErrors.show(new RuleViolationException(
                "file",
                "all-or-nothing",
                "Nothing was imported: " + e.violations().size() + " problem(s), listed below"));
    }

    /** The query of the export links. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder("?");
        if (exportType != null && !exportType.isBlank()) {
            q.append("certificateType=")
                    .append(URLEncoder.encode(exportType, StandardCharsets.UTF_8))
                    .append('&');
        }
        if (exportStatus != null && !exportStatus.isBlank()) {
            q.append("status=").append(URLEncoder.encode(exportStatus, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    public String getColumns() {
        return String.join(",", ItemCsv.COLUMNS);
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public String getExportType() {
        return exportType;
    }

    public void setExportType(String exportType) {
        this.exportType = exportType;
    }

    public String getExportStatus() {
        return exportStatus;
    }

    public void setExportStatus(String exportStatus) {
        this.exportStatus = exportStatus;
    }

    public String getImportType() {
        return importType;
    }

    public void setImportType(String importType) {
        this.importType = importType;
    }

    public UploadedFile getQtiFile() {
        return qtiFile;
    }

    public void setQtiFile(UploadedFile qtiFile) {
        this.qtiFile = qtiFile;
    }

    public UploadedFile getCsvFile() {
        return csvFile;
    }

    public void setCsvFile(UploadedFile csvFile) {
        this.csvFile = csvFile;
    }

    public ImportResult getResult() {
        return result;
    }

    public List<RuleViolationException.Violation> getRefused() {
        return refused;
    }
}
