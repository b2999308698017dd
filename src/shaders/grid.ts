/**
 * The ground: a faint grid that fades into the background with distance, to give depth without
 * competing with the models.
 */
export const gridVertexShader = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`

export const gridFragmentShader = /* glsl */ `
uniform vec3 uLine;
uniform vec3 uGround;
uniform vec3 uBackground;
uniform float uCell;
uniform float uFade;
varying vec3 vWorld;
void main() {
  vec2 coord = vWorld.xz / uCell;
  // Anti-aliased lines one pixel wide, whatever the distance.
  vec2 g = abs(fract(coord - 0.5) - 0.5) / fwidth(coord);
  float line = 1.0 - min(min(g.x, g.y), 1.0);
  float dist = length(vWorld.xz);
  float fade = 1.0 - smoothstep(uFade * 0.35, uFade, dist);
  vec3 color = mix(uGround, uLine, line * fade);
  // Blend into the background at the far edge so the ground has no visible border.
  gl_FragColor = vec4(mix(uBackground, color, fade), 1.0);
  // Uniform colours are linear (three's colour management); convert like built-in materials do.
  #include <colorspace_fragment>
}
`
