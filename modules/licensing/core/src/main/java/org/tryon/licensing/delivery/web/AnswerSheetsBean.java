package org.tryon.licensing.delivery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.tryon.licensing.delivery.application.AnswerSheets;
import org.tryon.licensing.delivery.application.AnswerSheets.SheetView;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/** Keying a paper answer sheet per registration, and the CSV batch upload (all lines or none). */
@Named
@ViewScoped
public class AnswerSheetsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnswerSheets sheets;

    private Long registrationId;
    private SheetView sheet;
    private List<Letter> letters = new ArrayList<>();
    private ResultView recorded;

    private transient UploadedFile file;
    private String text;
    private List<ResultView> imported;
    private List<RuleViolationException.Violation> refused;

    /** One position's letter as keyed. */
    public static final class Letter implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int position;
        private final String allowed;
        private String value;

        Letter(int position, String allowed) {
            this.position = position;
            this.allowed = allowed;
        }

        public int getPosition() {
            return position;
        }

        public String getAllowed() {
            return allowed;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public void load() {
        recorded = null;
        try {
            sheet = sheets.sheet(registrationId == null ? 0 : registrationId);
            letters = new ArrayList<>(sheet.positions().stream()
                    .map(p -> new Letter(p.position(), String.join("", p.letters())))
                    .toList());
        } catch (RuntimeException e) {
            sheet = null;
            FacesErrors.show(e);
        }
    }

    public void key() {
        StringBuilder answers = new StringBuilder();
        for (Letter l : letters) {
            answers.append(
                    l.value == null || l.value.isBlank() ? "-" : l.value.trim().substring(0, 1));
        }
        try {
            recorded = sheets.key(sheet.registrationId(), answers.toString());
            FacesErrors.info("Sheet of " + sheet.candidateName() + " recorded: " + recorded.rawScore() + " of "
                    + recorded.itemCount() + ", " + recorded.percent() + " %, "
                    + (recorded.passed() ? "pass" : "fail"));
            sheet = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void upload() {
        imported = null;
        refused = null;
        try {
            String csv = file != null && file.getSize() > 0
                    ? new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    : text;
            imported = sheets.importBatch(csv);
            FacesErrors.info(imported.size() + " paper sheet(s) recorded and scored");
        } catch (RuleViolationException e) {
            refused = e.violations();
            FacesErrors.show(new RuleViolationException(
                    "file",
                    "all or none",
                    "Nothing was recorded: " + e.violations().size() + " problem(s) in the batch, listed below"));
        } catch (IOException e) {
            FacesErrors.show(new IllegalStateException(e));
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(Long registrationId) {
        this.registrationId = registrationId;
    }

    public SheetView getSheet() {
        return sheet;
    }

    public List<Letter> getLetters() {
        return letters;
    }

    public ResultView getRecorded() {
        return recorded;
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

    public List<ResultView> getImported() {
        return imported;
    }

    public List<RuleViolationException.Violation> getRefused() {
        return refused;
    }
}
