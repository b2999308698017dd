/**
 * A full-screen quad drawn straight in clip space (no camera), for fades between chapters. It
 * is part of the scene, so exports see exactly what playback shows.
 */
export const veilVertexShader = /* glsl */ `
void main() {
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`

export const veilFragmentShader = /* glsl */ `
uniform vec3 uColor;
uniform float uOpacity;
void main() {
  gl_FragColor = vec4(uColor, uOpacity);
  #include <colorspace_fragment>
}
`
