package org.minping.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.minping.core.agency.AgencyNotFoundException;
import org.minping.core.appraisal.AppraisalForm;
import org.minping.core.appraisal.AppraisalFormService;
import org.minping.core.shared.CodeName;

/** The printable QR poster of a service hall or service: scanning it opens the form with both filled in. */
@Named
@ViewScoped
public class QrBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AppraisalFormService forms;

    private String code;
    private String service;
    private AppraisalForm form;
    private CodeName chosenService;

    public void load() throws IOException {
        try {
            form = forms.getForm(code);
            Optional<CodeName> offered = form.services().stream().filter(s -> s.code().equals(service)).findFirst();
            if (service != null && !service.isBlank() && offered.isEmpty()) {
                notFound();
                return;
            }
            chosenService = offered.orElse(null);
        } catch (AgencyNotFoundException unknown) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such agency or service");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The image's address, relative to the portal. */
    public String getImagePath() {
        String path = "/api/v1/agencies/" + encode(code) + "/qr.png";
        return chosenService == null ? path : path + "?service=" + encode(chosenService.code());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

    public AppraisalForm getForm() {
        return form;
    }

    public CodeName getChosenService() {
        return chosenService;
    }
}
