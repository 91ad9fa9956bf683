package org.tryon.inspections.outage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.tryon.inspections.results.application.InspectionResultView;
import org.tryon.inspections.results.application.InspectionResults;
import org.tryon.inspections.results.application.PaperResultsCsv;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/**
 * Outage notice of December 2017: the screen where results taken on paper during an outage are entered as one CSV batch
 * (uploaded, or pasted). All lines or none; each refused line is listed with its reason.
 */
@Named
@RequestScoped
public class PaperResultsBean {

    @Inject
    InspectionResults results;

    private UploadedFile file;
    private String text;
    private List<InspectionResultView> recorded;
    private List<RuleViolationException.Violation> refused;

    public void submit() {
        recorded = null;
        refused = null;
        try (Reader in = file != null && file.getSize() > 0
                ? new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)
                : new StringReader(text == null ? "" : text)) {
            recorded = results.recordPaperBatch(in);
            FacesErrors.info(recorded.size() + " result(s) taken on paper recorded");
        } catch (RuleViolationException e) {
            refused = e.violations();
            FacesErrors.show(new RuleViolationException(
                    "file",
                    "paper-batch",
                    "Nothing was recorded: " + e.violations().size() + " problem(s) in the batch, listed below"));
        } catch (java.io.IOException | RuntimeException e) {
            FacesErrors.show(e instanceof RuntimeException r ? r : new IllegalStateException(e));
        }
    }

    public String getColumns() {
        return String.join(",", PaperResultsCsv.COLUMNS);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<InspectionResultView> getRecorded() {
        return recorded;
    }

    public List<RuleViolationException.Violation> getRefused() {
        return refused;
    }
}
