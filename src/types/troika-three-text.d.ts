/** The part of troika-three-text (the text engine behind drei's Text) that the film calls itself. */
declare module 'troika-three-text' {
  /** Lays out `text` and puts the SDF of every glyph it needs into the shared atlas. */
  export function getTextRenderInfo(
    args: { font?: string; text: string; sdfGlyphSize?: number; gpuAccelerateSDF?: boolean },
    callback: () => void,
  ): void
}
