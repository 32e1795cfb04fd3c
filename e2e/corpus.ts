// Test corpora live outside the repository (../shared), read by relative path from the repo root.
import fs from 'node:fs';
import path from 'node:path';
import { STATIC_DIR } from './globalSetup';

const REPO_ROOT = path.resolve(STATIC_DIR, '../..');

export const SEED_ARTICLE_PATH = path.resolve(REPO_ROOT, '../shared/corpus/seed/000_7b2b4f9a55c89497.txt');

export function seedArticleBytes(): Buffer {
  return fs.readFileSync(SEED_ARTICLE_PATH);
}

/** A short Korean article (written for these tests) to check Hangul rendering. */
export const KOREAN_ARTICLE = {
  title: '혜산 세관 밀수 보도',
  text: '김봉석경 무역회사가 3월 6일 혜산 세관을 통해 마스크와 일본산 전자제품을 밀수했다고 데일리NK 소식통이 전했다.\n\n소식통에 따르면 이 회사는 인민무력성 산하 기관으로, 중국 창바이를 마주한 압록강에서 밤에 배로 석영과 마그네시아 클링커를 밀반출했다.\n\n“회사 뒤에 김여정이 있다는 소문이 돌고 있다”고 한 중국 무역상은 말했다.',
  language: 'ko',
};

/** A short Arabic text to check right-to-left rendering. */
export const ARABIC_ARTICLE = {
  title: 'تقرير عن التهريب عبر الجمارك',
  text: 'نقلت شركة تجارية كمامات وأجهزة كهربائية يابانية الصنع عبر مكتب جمارك هيسان في السادس من مارس، بحسب مصدر محلي.\n\nوقال المصدر إن البضائع وصلت في حاويات سعة 20 طناً.',
  language: 'ar',
};
