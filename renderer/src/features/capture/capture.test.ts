import { describe, expect, it } from 'vitest';
import { detectMetadata } from './detectMetadata';
import { draftToInput, EMPTY_DRAFT } from '../../ui/metadata/metadataDraft';

describe('detectMetadata', () => {
  it('offers the translator, contact and language of a Daily NK translation', () => {
    const text =
      'The company smuggled masks, and the traders say that it was backed by Kim.\n\n*Translated by Violet Kim\n\nPlease direct any comments to dailynkenglish@uni-media.net.\n\nRead in Korean';
    expect(detectMetadata(text)).toEqual({
      translator: 'Violet Kim',
      contactEmail: 'dailynkenglish@uni-media.net',
      originalLanguage: 'ko',
      language: 'en',
    });
  });

  it('reads the language off the script', () => {
    expect(detectMetadata('김봉석경 무역회사가 혜산 세관을 통해 밀수했다').language).toBe('ko');
    expect(detectMetadata('情報筋によると、貿易会社は税関を通じて物品を運び込んだ').language).toBe('ja');
    expect(detectMetadata('نقلت شركة تجارية البضائع عبر مكتب الجمارك').language).toBe('ar');
  });
});

describe('draftToInput', () => {
  it('parses a partial date and keeps the qualifier', () => {
    const { input, ok } = draftToInput({ ...EMPTY_DRAFT, published: 'early February 2020', title: '  T ' });
    expect(ok).toBe(true);
    expect(input.published).toEqual({ value: '2020-02', qualifier: 'early' });
    expect(input.title).toBe('T');
  });

  it('explains each bad field', () => {
    const { errors, ok } = draftToInput({
      ...EMPTY_DRAFT,
      published: 'Marchember',
      language: 'english!',
      url: 'javascript:alert(1)',
    });
    expect(ok).toBe(false);
    expect(Object.keys(errors).sort()).toEqual(['language', 'published', 'url']);
  });
});
