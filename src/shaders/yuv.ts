/**
 * Packs a frame as planar YUV 4:2:0 (BT.709, limited range): the bytes ffmpeg takes as
 * `-pix_fmt yuv420p`, in top-down row order. Done on the GPU so the export reads back and sends
 * 1.5 bytes a pixel instead of 4, and ffmpeg skips its own colour conversion.
 *
 * The target is (width/4) × (height·1.5) RGBA texels; each texel holds four consecutive bytes
 * of the output: rows [0, h) are the Y plane, then h/4 rows of U, then h/4 rows of V (a texel
 * row is `width` bytes, i.e. two rows of a half-width chroma plane).
 *
 * Two draws fill it, one per band: the luma rows and the chroma rows. One shader that chose its
 * band per fragment cost a software GL (which runs both sides of a branch) four times what the
 * two bands cost apart: about 57 ms against 14 ms a 1080p frame on llvmpipe.
 */

/** The quad of a band: `position` is already in clip space (see YuvReadback's band meshes). */
export const yuvVertexShader = /* glsl */ `
void main() {
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`

/** What both bands share: the source and the BT.709 conversion. */
const yuvCommon = /* glsl */ `
uniform sampler2D uFrame;
uniform vec2 uSize; // source width and height in pixels

float luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }
`

/**
 * The Y plane: output rows [0, h). Each source pixel is read once, at its centre, as stored (a
 * fetch, where a filtered sample costs a software GL four taps and their weights for the same
 * bytes).
 */
export const yuvLumaFragmentShader = /* glsl */ `
${yuvCommon}
float toY(vec3 c) { return (16.0 + 219.0 * luma(c)) / 255.0; }

void main() {
  int x = int(gl_FragCoord.x);      // texel column: bytes 4x .. 4x+3 of its row
  int y = int(gl_FragCoord.y);      // texel row, top-down in the output
  int sourceRow = int(uSize.y) - 1 - y; // the source texture's row 0 is the bottom
  vec4 outBytes;
  for (int j = 0; j < 4; j++) {
    outBytes[j] = toY(texelFetch(uFrame, ivec2(4 * x + j, sourceRow), 0).rgb);
  }
  gl_FragColor = outBytes;
}
`

/**
 * The U and V planes: output rows [h, 1.5h), U's h/4 rows first. A chroma sample is the mean of
 * its 2×2 block: one bilinear tap at the block's centre, which lies on the corner the four
 * pixels share.
 */
export const yuvChromaFragmentShader = /* glsl */ `
${yuvCommon}
float toU(vec3 c) { return (128.0 + 224.0 * (c.b - luma(c)) / 1.8556) / 255.0; }
float toV(vec3 c) { return (128.0 + 224.0 * (c.r - luma(c)) / 1.5748) / 255.0; }

// Block (column, row from the top) of the half-size plane, sampled at its centre.
vec3 block(float column, float row) {
  vec2 centre = vec2(2.0 * column + 1.0, 2.0 * row + 1.0);
  return texture2D(uFrame, vec2(centre.x, uSize.y - centre.y) / uSize).rgb;
}

void main() {
  float x = floor(gl_FragCoord.x);
  float y = floor(gl_FragCoord.y);
  float h = uSize.y;
  float quarter = h * 0.25;
  bool isU = y < h + quarter;
  float planeRow = y - (isU ? h : h + quarter);
  // A texel row holds two rows of the half-width plane: bytes 4x .. 4x+3 all lie in the same
  // one, as the width is a multiple of 8.
  float halfW = uSize.x * 0.5;
  float first = 4.0 * x;
  float second = first >= halfW ? 1.0 : 0.0;
  float row = 2.0 * planeRow + second;
  float column = first - second * halfW;
  vec4 outBytes;
  for (int j = 0; j < 4; j++) {
    vec3 c = block(column + float(j), row);
    outBytes[j] = isU ? toU(c) : toV(c);
  }
  gl_FragColor = outBytes;
}
`
