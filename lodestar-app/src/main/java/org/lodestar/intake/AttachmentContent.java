package org.lodestar.intake;

/** An attachment's bytes with what a browser needs to download it. */
public record AttachmentContent(String fileName, String contentType, byte[] bytes) {
}
