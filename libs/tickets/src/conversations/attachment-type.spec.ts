import { detectAttachmentType, safeFileName } from './attachment-type';

describe('detectAttachmentType', () => {
  it('recognises allowed files by their magic bytes', () => {
    expect(detectAttachmentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(detectAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(detectAttachmentType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('image/gif');
    expect(detectAttachmentType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(detectAttachmentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(detectAttachmentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectAttachmentType(Buffer.from('MZ\x90\x00', 'latin1'))).toBeNull();
    expect(detectAttachmentType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(detectAttachmentType(Buffer.alloc(0))).toBeNull();
  });
});

describe('safeFileName', () => {
  it('drops path separators, quotes and control characters', () => {
    expect(safeFileName('../../etc/"passwd"\r\n.pdf', 'application/pdf')).toBe('.._.._etc_passwd.pdf');
    expect(safeFileName('', 'image/png')).toBe('attachment.png');
  });
});
