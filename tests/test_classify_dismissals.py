"""One named person fired, ousted or removed by a company or its board, as each language's
press tells it: the verb with the post in apposition, the name as object, the passive with
words of time between (verb-final clauses), the noun of dismissal with the name after it,
removal from the post. Negatives share the words: staff cut by the hundred, a threatened
firing, a coach fired by a club, a lawsuit dismissed, a tax exemption."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead)
DISMISSED = [
    ("en", "", "Researchers at Microsoft were stunned by the dismissal of Tom Veld."),
    ("es", "", "La destitución de Pedro Sanz sorprendió a los investigadores de Microsoft."),
    ("es", "Microsoft aparta de su cargo a Pedro Sanz, jefe de IA", ""),
    ("pt", "", "O Google demitiu João Silva, chefe do laboratório de IA, na sexta-feira."),
    ("pt", "Microsoft afasta João Silva do cargo de chefe de IA", ""),
    ("fr", "", "Google a licencié Paul Morel, responsable de son laboratoire d'IA, vendredi."),
    ("fr", "", "Le limogeage de Paul Morel a surpris les chercheurs de Microsoft."),
    ("fr", "Microsoft démet Paul Morel de ses fonctions de chef de l'IA", ""),
    ("fr", "", "Le renvoi de Paul Morel par OpenAI a choqué la communauté."),
    ("it", "Il cda di OpenAI licenzia la sua responsabile scientifica, Dana Reyes", ""),
    ("it", "", "Il licenziamento di Marco Rossi ha sorpreso i ricercatori di Microsoft."),
    ("it", "Microsoft rimuove Marco Rossi dal suo incarico di capo dell'IA", ""),
    ("de", "", "Thomas Weber wurde am Freitag vom Meta-Vorstand entlassen."),
    ("de", "", "Forscher bei Microsoft reagierten überrascht auf die Entlassung von Thomas Weber."),
    ("de", "Microsoft enthebt Thomas Weber seines Postens als KI-Chef", ""),
    ("de", "", "Der Aufsichtsrat von SAP hat Thomas Weber abberufen."),
    ("nl", "", "Joost Jansen werd vrijdag ontslagen door Meta."),
    ("sv", "", "Google har avskedat Erik Lund, chef för AI-labbet, på fredagen."),
    ("sv", "", "Erik Lund avskedades i fredags av Meta."),
    ("sv", "", "Forskarna på Microsoft överraskades av avskedandet av Erik Lund."),
    ("da", "", "Forskerne hos Microsoft blev overrasket over fyringen af Lars Holm."),
    ("da", "Microsoft afskediger AI-chef Lars Holm", ""),
    ("no", "", "Forskerne i Microsoft ble overrasket over oppsigelsen av Ola Hansen."),
    ("no", "Microsoft avskjediger AI-sjef Ola Hansen", ""),
    ("pl", "", "Informacja o zwolnieniu Jana Kowalskiego zaskoczyła badaczy Microsoftu."),
    ("cs", "", "Výzkumníky Microsoftu překvapilo odvolání Jana Nováka z funkce šéfa AI."),
    ("sk", "", "Výskumníkov Microsoftu prekvapilo odvolanie Jána Kováča z funkcie šéfa AI."),
    ("ru", "", "Исследователей Microsoft удивило увольнение Ивана Петрова."),
    ("tr", "", "Ali Demir'in görevden alınması Microsoft'taki araştırmacıları şaşırttı."),
    ("th", "", "Google ไล่ สมชาย ใจดี หัวหน้าห้องแล็บ AI ออกเมื่อวันศุกร์"),
    ("zh", "OpenAI董事会解雇首席科学家张伟", ""),
    ("ko", "", "구글은 금요일 AI 연구소장 김민수를 해고했다."),
    ("ar", "مايكروسوفت تعفي الباحث خالد محمود من منصبه", ""),
    ("he", "", "פיטוריו של החוקר יוסי כהן הפתיעו את מיקרוסופט."),
]

NOT_A_DISMISSAL = [
    ("en", "Google fires 300 employees in its cloud unit", ""),
    ("en", "", "Elon Musk fired the entire Twitter trust and safety team."),
    ("en", "", "The OpenAI board could fire Sam Altman if talks fail."),
    ("en", "Chelsea fires coach Tom Veld after five defeats", ""),
    ("es", "Google despide a 300 empleados de su división de nube", ""),
    ("es", "", "El Real Madrid destituye a su entrenador Pedro Sanz."),
    ("es", "", "La junta de OpenAI podría destituir a Sam Altman."),
    ("pt", "Google demite 300 funcionários da divisão de nuvem", ""),
    ("pt", "", "O Flamengo demitiu o técnico João Silva."),
    ("fr", "Google licencie 300 salariés dans le cloud", ""),
    ("fr", "", "Le PSG a limogé son entraîneur Paul Morel."),
    ("fr", "", "Le conseil d'OpenAI pourrait limoger Sam Altman."),
    ("it", "Google licenzia 300 dipendenti nel cloud", ""),
    ("it", "", "La Juventus ha esonerato l'allenatore Marco Rossi."),
    ("de", "Google entlässt 300 Mitarbeiter in der Cloud-Sparte", ""),
    ("de", "", "Bayern München hat Trainer Thomas Weber entlassen."),
    ("de", "", "Der Vorstand könnte Sam Altman entlassen."),
    ("nl", "Google ontslaat 300 medewerkers", ""),
    ("nl", "", "Ajax heeft trainer Joost Jansen ontslagen."),
    ("sv", "Google varslar 300 anställda", ""),
    ("sv", "", "AIK har sparkat tränaren Erik Lund."),
    ("da", "Google fyrer 300 ansatte", ""),
    ("da", "", "FC København har fyret træner Lars Holm."),
    ("no", "Google sier opp 300 ansatte", ""),
    ("no", "", "Rosenborg har sparket trener Ola Hansen."),
    ("pl", "Google zwalnia 300 pracowników", ""),
    ("pl", "", "Legia Warszawa zwolniła trenera Jana Kowalskiego."),
    ("cs", "Google propustí 300 zaměstnanců", ""),
    ("cs", "", "Sparta Praha odvolala trenéra Jana Nováka."),
    ("sk", "Google prepustí 300 zamestnancov", ""),
    ("sk", "", "Slovan Bratislava odvolal trénera Jána Kováča."),
    ("ru", "Google уволит 300 сотрудников", ""),
    ("ru", "", "«Спартак» уволил тренера Ивана Петрова."),
    ("uk", "Google звільнить 300 працівників", ""),
    ("uk", "", "«Динамо» звільнило тренера Олену Коваль."),
    ("tr", "Google 300 çalışanı işten çıkardı", ""),
    ("tr", "", "Galatasaray teknik direktör Ali Demir'i kovdu."),
    ("ar", "جوجل تسرح 300 موظف", ""),
    ("ar", "", "نادي الأهلي يقيل المدرب خالد محمود."),
    ("he", "גוגל מפטרת 300 עובדים", ""),
    ("he", "", "מכבי תל אביב פיטרה את המאמן יוסי כהן."),
    ("fa", "گوگل ۳۰۰ کارمند را اخراج کرد", ""),
    ("fa", "", "باشگاه پرسپولیس مربی علی رضایی را اخراج کرد."),
    ("hi", "गूगल ने 300 कर्मचारियों को निकाला", ""),
    ("hi", "", "मुंबई इंडियंस ने कोच राहुल शर्मा को बर्खास्त किया।"),
    ("id", "Google memecat 300 karyawan", ""),
    ("id", "", "Persib Bandung memecat pelatih Budi Santoso."),
    ("vi", "Google sa thải 300 nhân viên", ""),
    ("vi", "", "Câu lạc bộ Hà Nội sa thải huấn luyện viên Nguyễn Văn An."),
    ("th", "Google เลิกจ้างพนักงาน 300 คน", ""),
    ("th", "", "สโมสรบุรีรัมย์ปลดโค้ช สมชาย ใจดี"),
    ("zh", "谷歌裁员300人", ""),
    ("zh", "", "上海申花解雇主教练张伟。"),
    ("ja", "グーグル、300人を解雇", ""),
    ("ja", "", "浦和レッズは田中一郎監督を解任した。"),
    ("ko", "구글, 직원 300명 해고", ""),
    ("ko", "", "전북 현대, 김민수 감독 경질"),
    ("en", "", "A judge's dismissal of the lawsuit against OpenAI pleased Sam Altman."),
    ("es", "", "El despido de 300 empleados de Google sorprendió al sector."),
    ("pl", "", "Zwolnienie z podatku dla firm AI ogłosił Google."),
    ("de", "", "Die Entlassung von 200 Mitarbeitern bei SAP wurde am Freitag bekannt."),
    ("fr", "", "Le licenciement de 300 salariés chez Google a été annoncé vendredi."),
    ("ru", "", "Увольнение сотрудников Яндекса продолжится, сказал Аркадий Волож."),
    ("it", "", "Il licenziamento di 200 dipendenti di Meta è stato confermato."),
    ("nl", "", "Het ontslag van 300 medewerkers bij Google werd vrijdag bekend."),
    ("sv", "", "Google har avskedat 300 anställda i Sverige."),
    ("tr", "", "Çalışanların görevden alınması Google'da tartışma yarattı."),
    ("zh", "", "谷歌解雇首席执行官的传闻遭否认。"),
]


@pytest.mark.parametrize(("lang", "title", "text"), DISMISSED)
def test_one_named_person_dismissed_is_a_departure(lang: str, title: str, text: str) -> None:
    assert "departure" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), NOT_A_DISMISSAL)
def test_staff_cuts_threats_and_coaches_are_no_departure(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


# a company's own leader (from the organisation table) dismissed, the verb closing the
# clause right after the name: a verb-final perfect or a passive makes the leader its object
LEADER_DISMISSED = [
    ("de", "Der Vorstand von Google DeepMind hat Demis Hassabis entlassen."),
    ("fr", "Demis Hassabis a été licencié par Google DeepMind."),
    ("it", "Demis Hassabis era stato licenziato da Google DeepMind."),
    ("nl", "Het bestuur van Google DeepMind heeft topman Demis Hassabis ontslagen."),
    ("da", "Demis Hassabis er blevet fyret af Google DeepMind."),
    ("no", "Demis Hassabis har blitt sparket av Google DeepMind."),
    ("zh", "Google DeepMind首席执行官Demis Hassabis被公司解雇。"),
    ("en", "Microsoft chief Satya Nadella was fired."),
]

# the same leader who fires staff, or whose firing is denied
LEADER_FIRES_STAFF = [
    ("de", "Demis Hassabis hat bei Google DeepMind 300 Mitarbeiter entlassen."),
    ("nl", "Demis Hassabis heeft personeel van Google DeepMind ontslagen."),
    ("it", "Demis Hassabis ha licenziato 300 dipendenti di Google DeepMind."),
    ("zh", "Google DeepMind首席执行官Demis Hassabis解雇了300名员工。"),
    ("en", "Demis Hassabis was not fired, Google DeepMind said."),
]


@pytest.mark.parametrize(("lang", "text"), LEADER_DISMISSED)
def test_a_leader_dismissed_in_a_passive_or_verb_final_clause(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), LEADER_FIRES_STAFF)
def test_a_leader_who_fires_staff_or_stays_is_no_dismissal(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories
