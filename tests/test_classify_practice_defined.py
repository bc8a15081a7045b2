"""The acqui-hire practice explained is no acqui-hire, by language: "an acqui-hire is a deal
in which a big company hires only a startup's team" defines the practice, with no buyer or
startup named (Hindi with English loanwords: "Acquihiring में बड़ी कंपनी …").
The same definition beside a deal that names its buyer and startup is still found."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

DEFINED = [
    (
        "en",
        "How big tech swallows AI startups through acquihiring",
        "Acquihiring is a deal in which a large company hires only a startup's talented team and leaves its business and product behind.",
    ),
    (
        "hi",
        "बड़ी कंपनियाँ Acquihiring से AI startups को कैसे निगल रही हैं",
        "Acquihiring वह deal है जिसमें बड़ी कंपनी startup के लोगों को hire कर लेती है, उसका product नहीं खरीदती।",
    ),
    (
        "hi",
        "एक्वी-हायरिंग क्या है?",
        "एक्वी-हायरिंग वह सौदा है जिसमें कंपनी स्टार्टअप के कर्मचारियों को अपने यहां ले आती है और उसका उत्पाद नहीं लेती।",
    ),
    (
        "de",
        "Wie Big Tech KI-Start-ups per Acquihire schluckt",
        "Ein Acquihire bezeichnet einen Deal, bei dem ein großer Konzern nur das Team eines Start-ups übernimmt und dessen Produkt aufgibt.",
    ),
    (
        "fr",
        "Comment les géants avalent les start-up d'IA par l'acqui-hire",
        "L'acqui-hire désigne un accord par lequel une grande entreprise recrute seulement l'équipe d'une start-up et abandonne son produit.",
    ),
    (
        "es",
        "Cómo las grandes tecnológicas absorben startups con el acqui-hire",
        "El acqui-hire consiste en un acuerdo en el que una gran empresa contrata solo al equipo de una startup y abandona su producto.",
    ),
    (
        "it",
        "Come le big tech inghiottono le startup con l'acqui-hire",
        "L'acqui-hire è un accordo in cui una grande azienda assume solo il team di una startup e ne abbandona il prodotto.",
    ),
    (
        "pt",
        "Como as big techs engolem startups de IA com o acqui-hire",
        "O acqui-hire é um acordo em que uma grande empresa contrata apenas a equipe de uma startup e abandona o seu produto.",
    ),
    (
        "ru",
        "Как бигтех поглощает ИИ-стартапы через acqui-hire",
        "Acqui-hire означает сделку, при которой крупная компания нанимает только команду стартапа, отказываясь от его продукта.",
    ),
    (
        "pl",
        "Jak big tech połyka startupy AI przez acqui-hire",
        "Acqui-hire polega na umowie, w której duża firma zatrudnia tylko zespół startupu i porzuca jego produkt.",
    ),
    (
        "id",
        "Cara big tech menelan startup AI lewat acqui-hire",
        "Acqui-hire adalah kesepakatan di mana perusahaan besar hanya merekrut tim sebuah startup dan meninggalkan produknya.",
    ),
    (
        "zh",
        "科技巨头如何通过人才收购吞并AI初创公司",
        "人才收购是指大公司只招揽初创公司的团队,而放弃其产品和业务的交易。",
    ),
    (
        "ja",
        "ビッグテックはアクハイアでAIスタートアップを飲み込む",
        "アクハイアとは、大企業がスタートアップのチームだけを雇い、製品や事業を手放す取引を指す。",
    ),
    (
        "ko",
        "빅테크, 애크하이어로 AI 스타트업 삼킨다",
        "애크하이어란 대기업이 스타트업의 팀만 채용하고 제품과 사업은 버리는 거래를 말한다.",
    ),
    (
        "tr",
        "Büyük teknoloji şirketleri yapay zeka girişimlerini acqui-hire ile yutuyor",
        "Acqui-hire, büyük bir şirketin bir girişimin yalnızca ekibini işe alıp ürününü bıraktığı anlaşma anlamına gelir.",
    ),
    (
        "ar",
        "كيف تبتلع شركات التكنولوجيا الكبرى الشركات الناشئة عبر الاستحواذ على المواهب",
        "يشير الاستحواذ على المواهب إلى صفقة توظف فيها شركة كبرى فريق شركة ناشئة فقط وتتخلى عن منتجها.",
    ),
    (
        "vi",
        "Big Tech nuốt chửng startup AI bằng acqui-hire",
        "Acqui-hire là thương vụ trong đó một công ty lớn chỉ tuyển đội ngũ của một startup và bỏ lại sản phẩm của họ.",
    ),
]

NAMED_DEAL = [
    (
        "en",
        "Google acquihires Lumio's team",
        "Google hired the founders and team of the AI startup Lumio in an acqui-hire, a deal in which the startup's product is shut down.",
    ),
    (
        "hi",
        "गूगल ने Lumio की टीम को acquihire किया",
        "गूगल ने AI startup Lumio के संस्थापकों और पूरी टीम को acquihire किया, यह एक ऐसी deal है जिसमें product बंद हो जाता है।",
    ),
    (
        "de",
        "Google holt per Acquihire das Team von Lumio",
        "Google übernimmt im Rahmen eines Acquihire die Gründer und das Team des KI-Start-ups Lumio; der Begriff bezeichnet einen Deal um die Mitarbeiter.",
    ),
    (
        "ru",
        "Google переманил команду Lumio в рамках acqui-hire",
        "Google нанял основателей и команду ИИ-стартапа Lumio в рамках acqui-hire — это означает сделку ради сотрудников.",
    ),
    (
        "zh",
        "谷歌人才收购Lumio团队",
        "谷歌以人才收购方式招揽AI初创公司Lumio的创始人及团队,人才收购是指以招揽团队为目的的收购。",
    ),
    (
        "ar",
        "غوغل تستحوذ على فريق Lumio",
        "استحوذت غوغل على مؤسسي شركة Lumio الناشئة وفريقها في صفقة استحواذ على المواهب، وهو ما يشير إلى صفقة هدفها الموظفون.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), DEFINED)
def test_practice_defined_is_none(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "title", "text"), NAMED_DEAL)
def test_named_deal_still_found(lang: str, title: str, text: str) -> None:
    assert "acquihire" in analyse(title, text, lang_hint=lang).categories
