package org.minping.core.agency;

import org.minping.core.shared.Localized;

/** A service hall as citizens see it: its code (on its QR poster), its name and its address. */
public record HallSummary(String code, Localized name, Localized address) {

    static HallSummary of(ServiceHall hall) {
        return new HallSummary(hall.code(), hall.name(), hall.address());
    }
}
