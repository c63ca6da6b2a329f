import { expect } from '@open-wc/testing';
import { cjkBreakBetween, cjkFamilyOfLanguage, cjkPieces, hanFamilyOf } from '../../src/export/cjk-text.js';

describe('CJK text rules', () => {
  describe('the family of Han characters', () => {
    it('follows the language of the document', () => {
      const cases: Array<[string, string]> = [
        ['ja', 'jp'],
        ['ja-JP', 'jp'],
        ['ko', 'kr'],
        ['ko-KR', 'kr'],
        ['zh', 'sc'],
        ['zh-CN', 'sc'],
        ['zh-Hans', 'sc'],
        ['zh-Hans-HK', 'sc'],
        ['zh-TW', 'tc'],
        ['zh-HK', 'tc'],
        ['zh-MO', 'tc'],
        ['zh-Hant', 'tc'],
        ['zh-Hant-TW', 'tc'],
        ['yue', 'tc'],
        ['en', 'sc'],
        ['es', 'sc'],
        ['ar', 'sc'],
      ];
      for (const [lang, family] of cases) expect(cjkFamilyOfLanguage(lang), lang).to.equal(family);
    });

    it('follows the text first: kana makes it Japanese, Hangul Korean, on any page', () => {
      expect(hanFamilyOf('さとう花子', 'en')).to.equal('jp');
      expect(hanFamilyOf('佐藤ハナコ', 'zh-TW')).to.equal('jp');
      expect(hanFamilyOf('金민준', 'ja')).to.equal('kr');
      // Pure Han: the page decides; on a page in another language, Simplified Chinese.
      expect(hanFamilyOf('佐藤花子', 'en')).to.equal('sc');
      expect(hanFamilyOf('佐藤花子', 'ja')).to.equal('jp');
      expect(hanFamilyOf('陳大文', 'en')).to.equal('sc');
      expect(hanFamilyOf('陳大文', 'zh-HK')).to.equal('tc');
    });
  });

  describe('line breaks', () => {
    it('between any two ideographs or kana', () => {
      expect(cjkPieces('設計と運用')).to.deep.equal(['設', '計', 'と', '運', '用']);
    });

    it('never before closing punctuation, small kana or the prolonged sound mark, nor after opening punctuation', () => {
      expect(cjkPieces('運用。')).to.deep.equal(['運', '用。']);
      expect(cjkPieces('「認定」')).to.deep.equal(['「認', '定」']);
      expect(cjkPieces('クラウド')).to.deep.equal(['ク', 'ラ', 'ウ', 'ド']);
      expect(cjkPieces('チャート')).to.deep.equal(['チャー', 'ト']);
      expect(cjkPieces('（上級）')).to.deep.equal(['（上', '級）']);
      expect(cjkBreakBetween('、', '次')).to.be.true;
      expect(cjkBreakBetween('次', '、')).to.be.false;
    });

    it('never inside a Latin word, and at its edges next to CJK', () => {
      expect(cjkPieces('Kubernetes入門')).to.deep.equal(['Kubernetes', '入', '門']);
      expect(cjkPieces('AZ-104対策')).to.deep.equal(['AZ-104', '対', '策']);
      expect(cjkPieces('Azure')).to.deep.equal(['Azure']);
    });

    it('not between Hangul syllables: Korean breaks at spaces', () => {
      expect(cjkPieces('클라우드')).to.deep.equal(['클라우드']);
    });
  });
});
