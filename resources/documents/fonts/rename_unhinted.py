"""Strips TrueType hinting from a DejaVu Serif cut and renames the family "Tavolo Serif" (make-fonts.sh)."""
import sys
from fontTools.ttLib import TTFont

src, dst, style = sys.argv[1], sys.argv[2], sys.argv[3]
font = TTFont(src)
for tag in ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "gasp"):
    if tag in font:
        del font[tag]
glyf = font["glyf"]
for name in glyf.keys():
    g = glyf[name]
    if hasattr(g, "program"):
        from fontTools.ttLib.tables import ttProgram
        p = ttProgram.Program(); p.fromBytecode(b"")
        g.program = p
maxp = font["maxp"]
for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions", "maxZones"):
    if hasattr(maxp, attr):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
family = "Tavolo Serif"
full = family if style == "Regular" else f"{family} {style}"
ps = "TavoloSerif" + ("" if style == "Regular" else "-" + style.replace(" ", ""))
name = font["name"]
for rec in list(name.names):
    if rec.nameID in (1, 16):
        rec.string = family
    elif rec.nameID == 4:
        rec.string = full
    elif rec.nameID == 6:
        rec.string = ps
    elif rec.nameID == 3:
        rec.string = f"{ps}; derived from DejaVu Serif 2.37 without hinting"
    elif rec.nameID == 5:
        rec.string = str(rec.toUnicode()) + "; unhinted for Tavolo"
font.save(dst)
