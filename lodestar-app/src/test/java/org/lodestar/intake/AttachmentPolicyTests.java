package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.InvalidInputException;

class AttachmentPolicyTests {

    private final AttachmentPolicy policy = new AttachmentPolicy(100);

    @Test
    void aFileMatchingItsDeclaredTypeIsAcceptedUnderASafeName() {
        assertThat(policy.check("../../etc/case.pdf", "application/pdf", bytes("%PDF-1.7"))).isEqualTo(".._.._etc_case.pdf");
        assertThat(policy.check("notes.txt", "text/plain; charset=UTF-8", bytes("hello"))).isEqualTo("notes.txt");
    }

    @Test
    void wrongTypesSignaturesSizesAndEmptyFilesAreRefused() {
        assertThatThrownBy(() -> policy.check("run.exe", "application/octet-stream", bytes("MZ"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.check("case.pdf", "application/pdf", bytes("MZ not a pdf"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.check("big.pdf", "application/pdf", bytes("%PDF" + "x".repeat(100)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.check("empty.txt", "text/plain", new byte[0])).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.check("bin.txt", "text/plain", new byte[] {65, 0, 66})).isInstanceOf(InvalidInputException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
