/** The URL the renderer uses for a stored file; the same path works on the host and app://. */
export const mediaUrl = (sha256: string, ext: string): string => `/media/${sha256}.${ext}`;
