import type { DemoChapter } from '../plan.types';

/** The chapters of the demo plan (DEMONSTRATION DATA: every text invented). */
export const chapters: DemoChapter[] = [
  {
    kind: 'normativeFramework',
    title: 'Quadro normativo',
    body: `### Il quadro nazionale

La **legge 8 novembre 2000, n. 328** (“Legge quadro per la realizzazione del sistema integrato di interventi e servizi sociali”) affida ai comuni associati negli ambiti territoriali il compito di programmare i servizi sociali attraverso il **Piano di Zona** (art. 19), adottato con un accordo di programma con l’azienda sanitaria e aperto alla partecipazione del terzo settore. Completano il quadro:

- la L. 104/1992 sull’integrazione delle persone con disabilità e la L. 68/1999 sul collocamento mirato;
- la L. 184/1983 sull’affidamento familiare e l’adozione;
- la L. 381/1991 sulle cooperative sociali;
- il D.Lgs. 267/2000, che all’art. 30 regola le convenzioni tra enti locali per la gestione associata dei servizi;
- il D.Lgs. 109/1998 sull’ISEE, riferimento per la compartecipazione degli utenti al costo dei servizi.

### Il quadro regionale

La **L.R. Lombardia 12 marzo 2008, n. 3** disciplina la rete delle unità d’offerta sociali e sociosanitarie e conferma il Piano di Zona come strumento di programmazione dell’ambito distrettuale (art. 18), con l’**Assemblea dei sindaci** come organo politico e l’**Ufficio di Piano** come struttura tecnica. La L.R. 1/2008 riconosce il ruolo del volontariato, della cooperazione sociale e dell’associazionismo.

Le **linee di indirizzo regionali per la programmazione sociale 2012–2014** chiedono ai distretti di:

1. passare dalla gestione della spesa alla **ricomposizione delle risorse** (pubbliche, private e delle famiglie);
2. rafforzare la **gestione associata** dei servizi tra i comuni;
3. integrare la programmazione sociale con quella sociosanitaria dell’azienda sanitaria;
4. dotarsi di un sistema di **indicatori** per valutare i risultati e non solo le attività.

Il presente Piano recepisce queste indicazioni e le traduce in otto obiettivi, descritti nelle schede che seguono.`,
  },
  {
    kind: 'previousEvaluation',
    title: 'Valutazione del Piano di Zona 2009–2011',
    body: `### Cosa è stato fatto

Il Piano 2009–2011 conteneva **14 obiettivi**: a fine triennio l’Ufficio di Piano ne ha giudicati **9 raggiunti**, **3 parzialmente raggiunti** e **2 non raggiunti**, applicando la stessa scala di valutazione usata in questo Piano (sotto il 50 % del risultato atteso: non raggiunto; dal 50 all’89 %: parzialmente raggiunto; dal 90 %: raggiunto).

Tra i risultati più significativi:

- l’avvio della **cartella sociale informatizzata**, oggi in uso in 10 comuni su 12;
- l’accreditamento distrettuale dei nidi e micronidi, con criteri di qualità comuni;
- il **fondo di solidarietà** per i collocamenti dei minori in comunità, sperimentato da sette comuni;
- il servizio di inserimento lavorativo, che ha attivato 61 tirocini nel triennio.

### Cosa non ha funzionato

Sono rimasti **non raggiunti** l’obiettivo di un regolamento unico per i contributi economici, bloccato dalle differenze tra i bilanci comunali, e quello di un punto unico di accesso con l’azienda sanitaria, per il quale mancava un protocollo firmato. L’integrazione tra assistenza domiciliare sociale e sanitaria è rimasta **parziale**: le valutazioni congiunte hanno riguardato il 18 % dei casi.

### Le lezioni per il nuovo triennio

- gli obiettivi devono avere **indicatori misurabili** con un valore di partenza e un traguardo annuale;
- i servizi affidati alla gestione associata funzionano meglio quando le regole (accesso, tariffe, criteri) sono **uguali in tutti i comuni**;
- la collaborazione con la sanità richiede **protocolli firmati**, con tempi e responsabilità chiari;
- il terzo settore chiede di partecipare anche alla **progettazione** dei servizi, non solo alla loro gestione.

Il nuovo Piano riprende i due obiettivi non raggiunti (OB4 e OB5) e ne fa due priorità del triennio.`,
  },
  {
    kind: 'contextAndNeeds',
    title: 'Contesto e bisogni del territorio',
    body: `### Il territorio

Il Distretto sociale di Pavia comprende **12 comuni** e, al censimento 2011, **99.958 abitanti**. Il capoluogo, con 68.280 residenti, raccoglie oltre due terzi della popolazione; gli altri comuni vanno dai 6.586 abitanti di Cava Manara ai 502 di Mezzana Rabattone, e sette hanno meno di 5.000 abitanti.

### La popolazione

- **Anziani**: gli ultrasessantacinquenni sono il 23,6 % dei residenti e gli ultrasettantacinquenni 11.900; l’indice di vecchiaia è **186** (Lombardia 141). Il 41 % degli ultrasettantacinquenni vive solo.
- **Minori e famiglie**: i minori sono 14.870 (14,9 %), i bambini sotto i tre anni 2.640. I nuclei monogenitoriali sono cresciuti del 12 % in cinque anni.
- **Stranieri**: i residenti stranieri sono 9.240, il **9,2 %** della popolazione (10,6 % a Pavia); gli alunni con cittadinanza non italiana sono il 12,4 %.
- **Lavoro**: la disoccupazione provinciale è salita dal 3,9 % del 2008 al 6,3 % del 2011; le ore di cassa integrazione sono triplicate.

### I bisogni emersi

Dall’analisi dei dati dei servizi e dai **tavoli di consultazione** con il terzo settore (sei incontri tra settembre e novembre 2011, 74 partecipanti) sono emersi cinque bisogni prioritari:

1. sostenere a casa un numero crescente di anziani soli e non autosufficienti;
2. rispondere alle nuove povertà di famiglie colpite dalla crisi, anche con un problema abitativo;
3. rendere uniformi tra i comuni l’accesso e le regole dei servizi, a partire dalla tutela minori;
4. accompagnare le persone con disabilità e con disagio psichico verso l’autonomia e il lavoro;
5. raggiungere i genitori dei comuni più piccoli, oggi privi di servizi di sostegno.

### Gli obiettivi del Piano

La tabella seguente riassume gli obiettivi che rispondono a questi bisogni.

{{tabella:objectives}}`,
  },
  {
    kind: 'servicesSupply',
    title: 'L’offerta dei servizi',
    body: `### Le unità d’offerta sociali

Al 31 dicembre 2011 il registro distrettuale contava:

- **14 nidi e micronidi** per 560 posti, 9 dei quali a Pavia, e 3 centri prima infanzia;
- **3 comunità educative** per minori (24 posti) e 2 comunità familiari;
- **2 centri di aggregazione giovanile** e un servizio di educativa di strada attivo solo a Pavia;
- **1 centro socio-educativo** (CSE, 30 posti) e **1 servizio di formazione all’autonomia** per persone con disabilità;
- **1 dormitorio invernale** (20 posti) e un centro di ascolto gestito dal volontariato.

### Le unità d’offerta sociosanitarie

- **6 residenze sanitarie per anziani** (780 posti letto) e **3 centri diurni integrati** (75 posti);
- **2 centri diurni per disabili** (CDD, 60 posti) e 1 residenza sanitaria per disabili;
- i **consultori familiari** dell’ASST a Pavia e a San Martino Siccomario;
- **2 centri psico-sociali** e 4 posti di residenzialità leggera per la salute mentale;
- il **servizio per le dipendenze** dell’ASST con sede a Pavia.

### I servizi sociali comunali

Ogni comune ha un servizio sociale professionale, ma con dotazioni molto diverse: a Pavia lavorano 12 assistenti sociali, mentre cinque comuni condividono un’unica assistente sociale per poche ore a settimana. Nel distretto operano in tutto **15,5 assistenti sociali equivalenti a tempo pieno**, uno ogni 6.450 abitanti circa: l’obiettivo del Piano è avvicinarsi a **uno ogni 5.000** attraverso la gestione associata.

### Il terzo settore

Il registro distrettuale conta **38 organizzazioni** attive nel sociale: 11 cooperative sociali (7 di tipo A e 4 di tipo B), 21 associazioni di volontariato e di promozione sociale, 3 fondazioni e 3 enti religiosi. Molte gestiscono servizi per conto dei comuni; tutte sono state invitate ai tavoli di consultazione.`,
  },
  {
    kind: 'resources',
    title: 'Le risorse',
    body: `### Il quadro complessivo

Per il triennio 2012–2014 il Piano programma circa **12,4 milioni di euro**, poco più di 4 milioni l’anno: **3.990.000 €** nel 2012, **4.207.000 €** nel 2013 e **4.230.000 €** nel 2014, pari a circa **41 € per abitante** l’anno.

Le fonti principali sono:

- le **risorse proprie dei comuni** conferite alla gestione associata (circa il 38 % del totale), soprattutto per la tutela minori e l’assistenza domiciliare;
- il **Fondo sociale regionale** (circa 930.000 € l’anno), destinato al funzionamento delle unità d’offerta;
- il **Fondo nazionale per le politiche sociali** (tra 540.000 e 560.000 € l’anno);
- il **Fondo per le non autosufficienze**, riservato alla domiciliarità di anziani e persone con disabilità (misura B2);
- dal 2013 i **fondi per la famiglia**, per il Centro per le famiglie, i voucher per i nidi e la conciliazione;
- la **quota sanitaria** dell’ASST per le azioni integrate, la **compartecipazione degli utenti** secondo l’ISEE e i contributi della fondazione comunitaria.

I residui dei fondi nazionali e regionali non spesi nel 2012 sono riportati sugli anni successivi e destinati alle stesse aree.

### Risorse per fonte e per anno

{{tabella:budgetBySource}}

### Risorse per area di intervento

{{tabella:budgetByArea}}

### Le quote dei comuni

Le risorse proprie dei comuni sono ripartite secondo la regola approvata dall’Assemblea dei sindaci: in prevalenza **in proporzione agli abitanti** al censimento 2011, con una quota **in parti uguali** che garantisce a tutti i comuni, anche ai più piccoli, l’accesso ai servizi associati. La tabella riporta il riparto aggiornato.

{{tabella:municipalShares}}`,
  },
  {
    kind: 'governance',
    title: 'Governance e assetto organizzativo',
    body: `### Gli organi

- **Assemblea dei sindaci**: approva il Piano, il bilancio delle gestioni associate e la ripartizione delle quote tra i comuni; si riunisce almeno quattro volte l’anno e decide con voto ponderato sulla popolazione.
- **Ente capofila**: il **Consorzio Sociale Pavese** sottoscrive l’accordo di programma per conto dei comuni, gestisce le risorse del Piano e i servizi conferiti.
- **Ufficio di Piano**: struttura tecnica del Consorzio, con un responsabile, due assistenti sociali con funzioni di programmazione e un amministrativo; prepara gli atti, cura il monitoraggio e la rendicontazione alla Regione.
- **Tavolo tecnico**: i responsabili dei servizi sociali dei comuni, riuniti ogni mese.

### La partecipazione

Il terzo settore partecipa attraverso **quattro tavoli tematici** (famiglia e minori, anziani e disabilità, inclusione sociale, salute mentale e dipendenze), aperti a tutte le organizzazioni iscritte al registro distrettuale. I tavoli si riuniscono due volte l’anno per la verifica del Piano e, quando serve, in gruppi di **co-progettazione** su singole azioni.

Le organizzazioni sindacali e le rappresentanze dei cittadini sono consultate prima dell’approvazione del Piano e in occasione dell’aggiornamento annuale.

### La gestione associata

Nel triennio passano alla gestione associata, con convenzione ai sensi dell’art. 30 del D.Lgs. 267/2000:

1. il **servizio tutela minori** (tutti i comuni entro il 2013);
2. l’**assistenza domiciliare** agli anziani e alle persone con disabilità;
3. il **servizio di inserimento lavorativo**;
4. il fondo distrettuale per i **contributi economici** e l’emergenza abitativa.

### L’accordo di programma

L’accordo di programma, sottoscritto dai 12 comuni, dal Consorzio, dall’ATS di Pavia e dall’ASST di Pavia, ha durata triennale; le organizzazioni del terzo settore che partecipano alle azioni vi aderiscono con un atto separato. Il **collegio di vigilanza**, presieduto dal sindaco di Pavia, verifica l’attuazione dell’accordo.`,
  },
  {
    kind: 'socialHealthIntegration',
    title: 'Integrazione socio-sanitaria',
    body: `### Perché integrare

Molti dei bisogni del distretto sono insieme sociali e sanitari: l’anziano fragile dimesso dall’ospedale, il minore che ha bisogno di una valutazione psicologica, la persona con disabilità che cerca un progetto di vita, chi è in cura per una dipendenza o per un disagio psichico. Per queste persone il Piano prevede **percorsi comuni** con l’ATS e l’ASST di Pavia, regolati da protocolli firmati.

### Gli strumenti

- **Punto unico di accesso**: accoglienza e valutazione multidimensionale con un’équipe mista (assistente sociale, medico, infermiere) e una scheda di valutazione unica (OB4).
- **Dimissioni protette**: protocollo provinciale con la centrale di continuità ospedale-territorio dell’ASST e attivazione del servizio domiciliare entro 72 ore (OB3), condiviso con gli altri distretti della provincia.
- **Tutela minori**: psicologi del consultorio e neuropsichiatria infantile nell’équipe distrettuale (OB2).
- **Salute mentale e dipendenze**: progetti individuali costruiti con i centri psico-sociali e con il servizio per le dipendenze (OB7, OB8).

### Le risorse sanitarie

La quota sanitaria destinata alle azioni integrate è di circa **300.000 € l’anno**, a cui si aggiunge il personale sanitario messo a disposizione dall’ASST (psicologi, infermieri, medici dell’équipe di valutazione), non compreso nel bilancio del Piano.

### La governance integrata

La **cabina di regia** tra ATS, ASST e Uffici di Piano della provincia si riunisce ogni tre mesi: verifica i protocolli, scambia i dati sulle persone seguite e prepara gli atti comuni. Il direttore sociosanitario dell’ATS partecipa all’Assemblea dei sindaci quando sono in discussione le azioni integrate.`,
  },
  {
    kind: 'monitoringEvaluation',
    title: 'Monitoraggio e valutazione',
    body: `### Il sistema di indicatori

Ogni obiettivo e circa metà delle azioni hanno uno o più **indicatori**, con:

- il tipo (di **processo**, di **prodotto**, di **risultato** o di **impatto**);
- l’unità di misura, la fonte dei dati e la frequenza di rilevazione;
- il **valore di partenza** (in genere al 2011) e un **traguardo per ciascun anno** del Piano;
- chi è responsabile della rilevazione.

Le fonti principali sono la **cartella sociale informatizzata** del Consorzio, i **flussi SIUSS**, le rilevazioni dell’ATS e le rendicontazioni dei gestori dei servizi.

### La scala di valutazione

Per ogni indicatore il risultato è confrontato con il traguardo dell’anno:

- sotto il **50 %**: non raggiunto;
- dal **50 all’89 %**: parzialmente raggiunto;
- dal **90 %** in su: raggiunto.

Per gli indicatori che devono diminuire (come i giorni di attesa) il confronto è rovesciato. Un obiettivo è raggiunto quando lo sono la maggior parte dei suoi indicatori.

### I tempi

- **ogni sei mesi** l’Ufficio di Piano raccoglie i dati e li presenta al tavolo tecnico;
- **ogni anno**, entro marzo, una relazione all’Assemblea dei sindaci e ai tavoli tematici, con le eventuali modifiche delle azioni e del budget;
- **alla fine del triennio** una valutazione complessiva, base del Piano successivo.

### Gli indicatori del Piano

{{tabella:indicators}}`,
  },
  {
    kind: 'annexes',
    title: 'Allegati',
    body: `### Elenco degli allegati

Fanno parte integrante del Piano i seguenti documenti, depositati presso l’Ufficio di Piano e pubblicati sul sito del Consorzio Sociale Pavese:

1. **Accordo di programma** per l’attuazione del Piano di Zona 2012–2014, sottoscritto dai 12 comuni, dal Consorzio Sociale Pavese, dall’ATS di Pavia e dall’ASST di Pavia;
2. **Verbale dell’Assemblea dei sindaci** di approvazione del Piano;
3. **Relazione sulla consultazione** del terzo settore: calendario dei tavoli, partecipanti e proposte raccolte;
4. **Convenzione per la gestione associata** dei servizi (art. 30 del D.Lgs. 267/2000);
5. **Regolamento distrettuale** per l’accesso ai servizi e la compartecipazione degli utenti secondo l’ISEE;
6. **Regolamento distrettuale dei contributi economici**;
7. **Registro delle unità d’offerta** sociali del distretto al 31 dicembre 2011;
8. **Protocolli d’intesa** con l’ASST di Pavia sul punto unico di accesso, sulle dimissioni protette e sulla tutela minori;
9. **Schede di rendicontazione** della spesa sociale 2009–2011 dei comuni.

### Avvertenza

Gli allegati sono documenti a sé, approvati con atti propri; eventuali modifiche non richiedono una nuova approvazione del Piano, ma sono comunicate all’Assemblea dei sindaci e ai soggetti firmatari dell’accordo di programma.

*Tutti i nomi di organizzazioni seguiti da “(demo)”, le cifre e i testi di questo Piano sono dati dimostrativi inventati.*`,
  },
];
