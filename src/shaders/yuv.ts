/**
 * Packs a frame as planar YUV 4:2:0 (BT.709, limited range): the bytes ffmpeg takes as
 * `-pix_fmt yuv420p`, in top-down row order. Done on the GPU so the export reads back and sends
 * 1.5 bytes a pixel instead of 4, and ffmpeg skips its own colour conversion.
 *
 * The target is (width/4) × (height·1.5) RGBA texels; each texel holds four consecutive bytes
 * of the output: rows [0, h) are the Y plane, then h/4 rows of U, then h/4 rows of V (a texel
 * row is `width` bytes, i.e. two rows of a half-width chroma plane).
 */
export const yuvVertexShader = /* glsl */ `
void main() {
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`

export const yuvFragmentShader = /* glsl */ `
uniform sampler2D uFrame;
uniform vec2 uSize; // source width and height in pixels

// The source texture's row 0 is the bottom of the picture.
vec3 pixel(vec2 topDown) {
  return texture2D(uFrame, vec2(topDown.x, uSize.y - topDown.y) / uSize).rgb;
}

float luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }
float toY(vec3 c) { return (16.0 + 219.0 * luma(c)) / 255.0; }
float toU(vec3 c) { return (128.0 + 224.0 * (c.b - luma(c)) / 1.8556) / 255.0; }
float toV(vec3 c) { return (128.0 + 224.0 * (c.r - luma(c)) / 1.5748) / 255.0; }

// Chroma sample k of a half-size plane: the mean of its 2×2 block (one bilinear tap at the
// block's centre, which lies on the corner shared by the four pixels).
vec3 block(float k) {
  float halfW = uSize.x * 0.5;
  float row = floor(k / halfW);
  float col = k - row * halfW;
  return pixel(vec2(2.0 * col + 1.0, 2.0 * row + 1.0));
}

void main() {
  float x = floor(gl_FragCoord.x);     // texel column: bytes 4x .. 4x+3 of its row
  float y = floor(gl_FragCoord.y);     // texel row, top-down in the output
  float h = uSize.y;
  float quarter = h * 0.25;
  vec4 outBytes;
  if (y < h) {
    for (int j = 0; j < 4; j++) {
      outBytes[j] = toY(pixel(vec2(4.0 * x + float(j) + 0.5, y + 0.5)));
    }
  } else {
    bool isU = y < h + quarter;
    float planeRow = y - (isU ? h : h + quarter);
    for (int j = 0; j < 4; j++) {
      vec3 c = block(planeRow * uSize.x + 4.0 * x + float(j));
      outBytes[j] = isU ? toU(c) : toV(c);
    }
  }
  gl_FragColor = outBytes;
}
`
