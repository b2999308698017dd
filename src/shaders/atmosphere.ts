/**
 * The globe's rim of air: drawn on the back faces of a sphere a little larger than the Earth,
 * bright where the surface turns away from the viewer and clear towards the middle, blended
 * additively so it only ever lightens the background.
 */
export const atmosphereVertexShader = /* glsl */ `
varying vec3 vNormal;
varying vec3 vView;
void main() {
  vec4 viewPosition = modelViewMatrix * vec4(position, 1.0);
  vNormal = normalize(normalMatrix * normal);
  vView = normalize(-viewPosition.xyz);
  gl_Position = projectionMatrix * viewPosition;
}
`

export const atmosphereFragmentShader = /* glsl */ `
uniform vec3 uColor;
uniform float uStrength;
/** How much the back faces face the viewer just outside the globe's edge: full glow there. */
uniform float uLimb;
varying vec3 vNormal;
varying vec3 vView;
void main() {
  // Back faces: the normal points away, so facing is largest at the limb and falls off outside.
  float facing = clamp(dot(-vNormal, vView) / uLimb, 0.0, 1.0);
  float glow = pow(facing, 3.0) * uStrength;
  gl_FragColor = vec4(uColor, glow);
  #include <colorspace_fragment>
}
`
