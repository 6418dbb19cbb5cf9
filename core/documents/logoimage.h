#pragma once

#include <QByteArray>
#include <QImage>

namespace tavolo::documents {

// The letterhead's logo, read from bytes (those stored in the archive) without letting the image
// reach anything else on the computer. An SVG may name other files (<image xlink:href="/…">,
// an external entity), and Qt's SVG reader loads them: such a picture would carry a file of the
// clerk's computer into every letter sent out.
namespace logoimage {

// Whether `bytes` are an SVG (or compressed SVG) that refers to anything outside itself: an
// href that is neither "#…" nor "data:…", or a DOCTYPE with external (SYSTEM/PUBLIC) parts. A
// compressed SVG cannot be looked into and counts as referring outside.
bool refersOutside(const QByteArray &bytes);

// The picture, or a null image when the bytes are not an image or refer outside.
QImage read(const QByteArray &bytes);

} // namespace logoimage
} // namespace tavolo::documents
