import Foundation
import Testing

/// Photos and documents with metadata, made byte by byte by a Python script (no imaging library):
/// JPEG (EXIF in either byte order, XMP, IPTC, comment), PNG (tEXt, zTXt, iTXt, XMP, eXIf),
/// TIFF, PDF (literal and UTF-16 hex strings, XMP), DOCX/XLSX/PPTX, and hostile variants.
enum MetadataFixtures {
    /// `python3 -c script FORMAT OUT key=value…`.
    static let script = #"""
        import struct, sys, zlib, zipfile, io
        fmt, out = sys.argv[1], sys.argv[2]
        kv = dict(a.split('=', 1) for a in sys.argv[3:])
        def u(s): return s.encode('utf-8')

        def tiff(kv, big=False):
            E = '>' if big else '<'
            entries0 = []  # (tag, type, count, bytes)
            def ascii(tag, s):
                b = u(s) + b'\0'; entries0.append((tag, 2, len(b), b))
            if 'description' in kv: ascii(0x010E, kv['description'])
            if 'make' in kv: ascii(0x010F, kv['make'])
            if 'artist' in kv: ascii(0x013B, kv['artist'])
            if 'copyright' in kv: ascii(0x8298, kv['copyright'])
            if 'xpauthor' in kv:
                b = kv['xpauthor'].encode('utf-16-le') + b'\0\0'; entries0.append((0x9C9D, 1, len(b), b))
            exif = []
            if 'usercomment' in kv:
                body = kv['usercomment'].encode('utf-16-be' if big else 'utf-16-le')
                b = b'UNICODE\0' + body; exif.append((0x9286, 7, len(b), b))
            if 'owner' in kv:
                b = u(kv['owner']) + b'\0'; exif.append((0xA430, 2, len(b), b))
            gps = []
            if 'gps' in kv:
                lat, lon = [float(x) for x in kv['gps'].split(',')]
                def rat(v):
                    v = abs(v); d = int(v); m = int((v - d) * 60); s = round(((v - d) * 60 - m) * 60 * 100)
                    return struct.pack(E + 'IIIIII', d, 1, m, 1, s, 100)
                gps = [(1, 2, 2, (b'N' if lat >= 0 else b'S') + b'\0'), (2, 5, 3, rat(lat)),
                       (3, 2, 2, (b'E' if lon >= 0 else b'W') + b'\0'), (4, 5, 3, rat(lon))]
            # layout: header(8) IFD0, then exif IFD, gps IFD, then data
            def ifd_size(n): return 2 + 12 * n + 4
            n0 = len(entries0) + (1 if exif else 0) + (1 if gps else 0)
            off0 = 8
            offexif = off0 + ifd_size(n0)
            offgps = offexif + (ifd_size(len(exif)) if exif else 0)
            data_off = offgps + (ifd_size(len(gps)) if gps else 0)
            data = bytearray()
            def build(entries, extra):
                nonlocal data
                es = sorted(entries + extra, key=lambda e: e[0])
                b = struct.pack(E + 'H', len(es))
                for tag, typ, cnt, val in es:
                    if len(val) <= 4:
                        b += struct.pack(E + 'HHI', tag, typ, cnt) + val.ljust(4, b'\0')
                    else:
                        b += struct.pack(E + 'HHII', tag, typ, cnt, data_off + len(data))
                        data += val
                        if len(data) % 2: data += b'\0'
                return b + struct.pack(E + 'I', 0)
            extra0 = []
            if exif: extra0.append((0x8769, 4, 1, struct.pack(E + 'I', offexif)))
            if gps: extra0.append((0x8825, 4, 1, struct.pack(E + 'I', offgps)))
            body = build(entries0, extra0)
            if exif: body += build(exif, [])
            if gps: body += build(gps, [])
            head = (b'MM\0*' if big else b'II*\0') + struct.pack(E + 'I', 8)
            return head + body + bytes(data)

        def xmp(kv):
            parts = []
            if 'creator' in kv: parts.append('<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>' % kv['creator'])
            if 'title' in kv: parts.append('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>' % kv['title'])
            attrs = ''
            if 'city' in kv: attrs += ' photoshop:City="%s"' % kv['city']
            if 'location' in kv: attrs += ' Iptc4xmpCore:Location="%s"' % kv['location']
            if 'xmpgps' in kv:
                attrs += ' exif:GPSLatitude="38,7.5N" exif:GPSLongitude="127,30.25E"'
            return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" xmlns:exif="http://ns.adobe.com/exif/1.0/"%s>%s</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>' % (attrs, ''.join(parts))).encode('utf-8')

        def iptc(kv):
            b = b'\x1c\x01\x5a\x00\x03\x1b%G'
            for key, ds in (('byline', 80), ('caption', 120), ('iptccity', 90), ('keywords', 25)):
                if key in kv:
                    for v in kv[key].split(';'):
                        d = u(v); b += b'\x1c\x02' + bytes([ds]) + struct.pack('>H', len(d)) + d
            res = b'8BIM' + struct.pack('>H', 0x0404) + b'\0\0' + struct.pack('>I', len(b)) + b
            if len(b) % 2: res += b'\0'
            return b'Photoshop 3.0\0' + res

        def seg(marker, payload): return b'\xff' + bytes([marker]) + struct.pack('>H', len(payload) + 2) + payload

        def jpeg(kv):
            b = b'\xff\xd8' + seg(0xE0, b'JFIF\0\x01\x01\0\0\x01\0\x01\0\0')
            t = tiff(kv, big='big' in kv)
            if len(t) > 8 + 6: b += seg(0xE1, b'Exif\0\0' + t)
            if any(k in kv for k in ('creator', 'title', 'city', 'location', 'xmpgps')):
                b += seg(0xE1, b'http://ns.adobe.com/xap/1.0/\0' + xmp(kv))
            if any(k in kv for k in ('byline', 'caption', 'iptccity', 'keywords')): b += seg(0xED, iptc(kv))
            if 'comment' in kv: b += seg(0xFE, u(kv['comment']))
            b += seg(0xE2, b'ICC_PROFILE\0\x01\x01' + b'\0' * 20)
            b += seg(0xDB, b'\0' + bytes(range(1, 65)))
            b += seg(0xC0, b'\x08\0\x08\0\x08\x01\x01\x11\0')
            b += seg(0xC4, b'\0' + b'\0' * 16)
            b += seg(0xDA, b'\x01\x01\0\0\x3f\0')
            b += b'\x12\x34\xff\x00\x56\xff\xd0\x78' * 8 + b'\xff\xd9'
            return b

        def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)

        def png(kv):
            b = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 0, 0, 0, 0))
            if 'author' in kv: b += chunk(b'tEXt', b'Author\0' + kv['author'].encode('latin-1', 'replace'))
            if 'description' in kv: b += chunk(b'zTXt', b'Description\0\0' + zlib.compress(u(kv['description'])))
            if 'itxt' in kv: b += chunk(b'iTXt', b'Comment\0\x01\0ko\0\0' + zlib.compress(u(kv['itxt'])))
            if 'creator' in kv or 'city' in kv: b += chunk(b'iTXt', b'XML:com.adobe.xmp\0\0\0\0\0' + xmp(kv))
            t = tiff({k: v for k, v in kv.items() if k in ('artist', 'gps', 'make')})
            if len(t) > 14: b += chunk(b'eXIf', t)
            b += chunk(b'IDAT', zlib.compress(b'\0\0'))
            if 'late' in kv: b += chunk(b'tEXt', b'Title\0' + u(kv['late']))
            b += chunk(b'tIME', struct.pack('>HBBBBB', 2019, 5, 4, 3, 2, 1))
            return b + chunk(b'IEND', b'')

        def pdfstr(s):
            if 'hex' in kv: return '<' + (b'\xfe\xff' + s.encode('utf-16-be')).hex() + '>'
            return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'

        def pdf(kv):
            info = ''.join('/%s %s ' % (k.capitalize(), pdfstr(kv[k])) for k in ('author', 'title', 'subject', 'keywords') if k in kv)
            objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< %s/Producer (Casebook test) >>' % info]
            b = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
            offs = []
            for i, o in enumerate(objs, 1):
                offs.append(len(b)); b += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('utf-8')
            if 'creator' in kv:
                x = xmp(kv); offs.append(len(b))
                b += b'4 0 obj\n<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n' % len(x) + x + b'\nendstream\nendobj\n'
            xref = len(b)
            b += b'xref\n0 %d\n0000000000 65535 f \n' % (len(offs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
            b += b'trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(offs) + 1, xref)
            return b

        def office(kv, kind):
            main = {'docx': 'word/document.xml', 'xlsx': 'xl/workbook.xml', 'pptx': 'ppt/presentation.xml'}[kind]
            z = io.BytesIO()
            with zipfile.ZipFile(z, 'w', zipfile.ZIP_DEFLATED) as f:
                f.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
                f.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
                f.writestr(main, '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % kv.get('body', 'The statement.'))
                core = ''.join('<%s>%s</%s>' % (t, kv[k], t) for k, t in (('creator', 'dc:creator'), ('lastmod', 'cp:lastModifiedBy'), ('title', 'dc:title'), ('keywords', 'cp:keywords')) if k in kv)
                f.writestr('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">%s<dcterms:created>2019-01-01T00:00:00Z</dcterms:created></cp:coreProperties>' % core)
                app = ''.join('<%s>%s</%s>' % (t, kv[k], t) for k, t in (('company', 'Company'), ('manager', 'Manager')) if k in kv)
                f.writestr('docProps/app.xml', '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application>%s<Pages>1</Pages></Properties>' % app)
                if 'media' in kv:
                    f.writestr(main.split('/')[0] + '/media/image1.jpeg', jpeg({'artist': kv['media'], 'gps': '40.1,128.2'}))
                    f.writestr(main.split('/')[0] + '/media/image2.png', png({'author': kv['media']}))
            return z.getvalue()

        if fmt == 'jpeg': data = jpeg(kv)
        elif fmt == 'png': data = png(kv)
        elif fmt == 'tiff': data = tiff(kv, big='big' in kv) + b'\0' * 16
        elif fmt == 'pdf': data = pdf(kv)
        elif fmt in ('docx', 'xlsx', 'pptx'): data = office(kv, fmt)
        elif fmt == 'text': data = u(kv['text'])
        elif fmt == 'tiff-loop':
            # IFD0 at 8: Exif pointer back to IFD0, GPS pointer to itself, next IFD to itself.
            b = b'II*\0' + struct.pack('<I', 8) + struct.pack('<H', 3)
            b += struct.pack('<HHII', 0x8769, 4, 1, 8) + struct.pack('<HHII', 0x8825, 4, 1, 8) + struct.pack('<HHII', 0x013B, 2, 0xFFFFFFFF, 8)
            data = b + struct.pack('<I', 8)
        elif fmt == 'jpeg-hostile':
            t = b'MM\0*' + struct.pack('>I', 8) + struct.pack('>H', 500) + struct.pack('>HHII', 0x010E, 2, 0x7FFFFFFF, 0xFFFFFFF0)
            data = b'\xff\xd8' + seg(0xE1, b'Exif\0\0' + t) + seg(0xED, b'Photoshop 3.0\08BIM\x04\x04\0\0\xff\xff\xff\xff') + b'\xff\xe1\xff\xff' + b'Exif\0\0II*\0'
        elif fmt == 'png-hostile':
            bomb = zlib.compress(b'\0' * (64 << 20), 9)
            data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 0, 0, 0, 0)) + chunk(b'zTXt', b'Comment\0\0' + bomb)
            data += chunk(b'iTXt', b'Comment\0\x01\0') + chunk(b'zTXt', b'Comment\0\0' + bomb[:100]) + struct.pack('>I', 0x7FFFFFF0) + b'tEXt' + b'x' * 10
        elif fmt == 'pdf-hostile':
            data = b'%PDF-1.7\n3 0 obj\n<< /Author (((((unbalanced /Title <FEFF00' + b'<<' * 5000 + b' >>\nendobj\ntrailer << /Info 3 0 R /Root 9 0 R >>\n' + b'(' * 10000
        elif fmt == 'pdf-objstm':
            data = b'%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 3 /First 10 /Filter /FlateDecode /Length 20 >>\nstream\n' + zlib.compress(b'xx') + b'\nendstream\nendobj\n2 0 obj\n<< /Type /XRef /Info 7 0 R /Root 6 0 R >>\nendobj\nstartxref\n0\n%%EOF\n'
        elif fmt == 'docx-hostile':
            z = io.BytesIO()
            with zipfile.ZipFile(z, 'w', zipfile.ZIP_DEFLATED) as f:
                f.writestr('docProps/core.xml', '<cp:coreProperties><dc:creator>' + 'A' * (32 << 20))
                f.writestr('docProps/app.xml', '<Properties><Company>Unclosed')
            data = z.getvalue()
        elif fmt == 'zip-truncated':
            data = office({'creator': 'x'}, 'docx')[:200]
        elif fmt == 'disguised': data = b'\xff\xd8\xff\xe0' + u(kv['text'])
        open(out, 'wb').write(data)
        """#
}

extension CLI {
    /// Writes a fixture of `format` named `name` in the temp folder with the given metadata fields, and returns its path.
    @discardableResult
    func makeMetadataFile(_ format: String, _ name: String, _ fields: [String: String] = [:]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let path = url.path
        let made = try tool(
            "python3",
            ["-c", MetadataFixtures.script, format, path] + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        #expect(made.status == 0, "python3 fixture \(format) failed: \(made.output)")
        return path
    }

    /// The bytes of a file, for checking what a copy no longer holds.
    func bytes(of path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
