package org.minping.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.minping.core.agency.AgencyNotFoundException;
import org.minping.core.agency.HallSummary;
import org.minping.core.appraisal.AppraisalForm;
import org.minping.core.appraisal.AppraisalFormService;
import org.minping.core.shared.CodeName;

/**
 * The printable QR poster of a service hall or service: scanning it opens the form with them filled
 * in. A hall's poster shows its name and address.
 */
@Named
@ViewScoped
public class QrBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AppraisalFormService forms;

    private String code;
    private String service;
    private String hall;
    private AppraisalForm form;
    private CodeName chosenService;
    private HallSummary chosenHall;

    public void load() throws IOException {
        try {
            form = forms.getForm(code);
            chosenService = entry(form.services(), CodeName::code, service);
            chosenHall = entry(form.halls(), HallSummary::code, hall);
            // Another agency's code, an unknown or a malformed one: no poster, as for an unknown agency.
            if (asked(service) && chosenService == null || asked(hall) && chosenHall == null) {
                notFound();
            }
        } catch (AgencyNotFoundException unknown) {
            notFound();
        }
    }

    private static boolean asked(String code) {
        return code != null && !code.isBlank();
    }

    /** The agency's entry with the code, or null. */
    private static <T> T entry(List<T> entries, Function<T, String> codeOf, String code) {
        return entries.stream().filter(entry -> codeOf.apply(entry).equals(code)).findFirst().orElse(null);
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such agency, service or hall");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The image's address, relative to the portal. */
    public String getImagePath() {
        UriBuilder path = UriBuilder.fromPath("/api/v1/agencies/{code}/qr.png");
        if (chosenService != null) {
            path.queryParam("service", chosenService.code());
        }
        if (chosenHall != null) {
            path.queryParam("hall", chosenHall.code());
        }
        return path.build(code).toString();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getHall() {
        return hall;
    }

    public void setHall(String hall) {
        this.hall = hall;
    }

    public AppraisalForm getForm() {
        return form;
    }

    public CodeName getChosenService() {
        return chosenService;
    }

    public HallSummary getChosenHall() {
        return chosenHall;
    }
}
