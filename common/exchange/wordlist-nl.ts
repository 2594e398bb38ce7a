/**
 * Plain, readable Dutch words for exchange passphrases that are read aloud by phone. Hand-picked for this
 * app (no installed package ships a Dutch word list): lower-case a-z only (no accents or trema to spell),
 * 3-10 letters, no plurals beside their singular, nothing about crime, illness, death or insults.
 * 2188 words, so one word carries log2(2188) ≈ 11.1 bits of entropy.
 */
const RAW = `
aambeeld aanbod aandacht aandeel aanhanger aanleg aanloop aanpak aanrecht aanvang aap aardappel aardbei aardbol aarde
aardig abdij abonnee abrikoos acacia accent accordeon acht achter actie actief activiteit adder adelaar adem adres
advies afdak afdeling afdruk afgelopen afloop afrit afspraak afstand afval afwas afzet agaat agenda akelei akker
akkoord akte alarm albatros album alchemist alert alfabet alinea alles aloe alpaca alpen altaar amandel ambacht
ambulance amethist amulet ananas anemoon angora anijs anjer anker antiek antilope antwoord apart apotheek appel
appelboom appelmoes appeltaart applaus april aquarium arbeid arbeider arctisch arena arend arm armband artikel
artisjok arts asbak asfalt asperge aster atelier atlas atleet atoom attractie aubergine aula auteur auto autobus
avocado avond avondrood avondzon avontuur azijn baai baan baard baby bad badjas bagage baken bakfiets bakje bakken
bakker bakkerij baksteen bal balans balie balk balkje balkon ballet ballon bamboe banaan band bandje banjo bank
banket bankje bar barak barbecue baret barometer barrel basilicum basis bassin batterij bazaar bed bedrag bedstee
beek beekje beeld been beer beest begin begonia begroting behang beitel beker bekken bel beleefd bellen belofte
beloning beltoon beneden berg bericht berk beroemd beroep beschuit besluit beste bestek beton beukenhout beurs bever
bezem bezig bezoek bidon biefstuk bieslook biet bietje bij bijbaan bijenkorf bijenwas bijl bijlage bijna bijval
bijzonder biljart bingo binnenkant bioscoop biscuit bitter blaadje blaas blad bladzijde blauw blauwtje blazer blazoen
bleek blender blij blijdschap blik bliksem bloeien bloem bloemist bloemkool bloemperk bloempot bloes bloesem blok
blokfluit blokhut blokje blond bodem boeg boei boek boeket boekhouder boekje boer bokaal bolhoed bolletje bolwerk
bonbon bonnetje boog boom boomgaard boomhut boompje boon boord boot bootje bord boren borstel bos bosbes bot boter
boterbloem boterham boterkoek bouillon bouw bouwen bouwer bouwsteen bovenkant bowling braam brand branden brandnetel
brandweer brasserie breed breien brengen breuk brief brievenbus briket bril broccoli broche broek broer brok
bromfiets bromvlieg bron brons bronzen brood broodje brouwerij brug bruggetje bruiloft bruin brunch buffel buffet bui
buidel buik buis buiten buizerd bundel burcht bureau burger bus busje buur buurman buurt buurvrouw cabaret cabine
cacao cactus cadeau cafe calorie camera campagne camping cantate canvas cappuccino capuchon caravan carillon carnaval
cassette cavia ceder cederhout cello cement cent centrum chalet champignon chef cherubijn chip chocola cijfer
cilinder circus cirkel citadel citer citroen citrus clematis clown clubhuis coach cocon code cola collectie collega
college commode compact compas compote computer concert concours conducteur confetti confituur contact container
contract corner cornet correct coupe cowboy cowboyhoed cracker curry cursus cypres dadel dag dagboek daglicht dahlia
dak dakgoot dakpan dal dam damast damhert dans dansen dapper das datum dauw debat deeg deegroller deeltje dekbed
deken deksel delen delta denken denneboom depot dessert detail deur deurbel deurmat diamant dichtbij diep dier
dierentuin dijk dijkje dik diner ding dinosaurus dinsdag diploma directeur dirigent distel dividend dobber dochter
doedelzak dokter dolfijn domino donder donderdag donker donut dooier doolhof doorgang doos dorp dorpel dorpshuis
dorpsplein douche draad draaien draaimolen draaiorgel draak dragen drank drempel driehoek drinken droog droom drop
druif druk drukker druppel duif duikbril duiken duiker duim duin duinpan duinroos duizend dun duur duwtje dweil dwerg
dynamo ebbenhout echo echt edelsteen eekhoorn eend eenhoorn eenvoudig eerlijk eerst eetkamer eettafel effect egaal
egel eierdop eigenaar eik eikel eiken eikenblad eikenhout eiland einde eiwit ekster eland elastiek element elf
elleboog emaille emmer energie engel enkel enorm entree enveloppe epos erfenis erwt essen estafette etage etalage
eten etiket etmaal euro evenement examen expert ezel ezelsoor fabel fabriek fakkel familie fanfare fantasie fauteuil
fazant fazantveer feest feestdag fel fiets fietsbel fietsen fietspad fijn film filter finale finish fit flamenco
flamingo flapje flat fles flink flits fluit fluiten fluitist fluweel folder fondue fontein formule fornuis fort
fossiel foto fotoboek fotograaf fotolijst framboos frietje fris frisdrank fruit fruitbak fundament fuut gaaf gaaiveer
gaatje gala galerij gang gans garage garde garnaal gast gauw gazon gebak gebed gebergte gebit geboorte gebouw
gedachte gedicht gedrag geduld geel gehakt gehoor geiser geit geitje geld gelei geliefd geluid geluk gemaal gemak
gember gemeente genie genoeg genoegen geranium gerbera gerecht geschenk gesprek getal getijde geur gevel geven gewas
gewicht gewoon gezellig gezicht gezin gezond gids gieten gieter gitaar gitarist glad glas glazenier gletsjer glijbaan
glijden glimlach glimworm globe gloed godin goed golf gondel gong gordijn gorilla goud gouden goudsbloem goudvis
graag graan graat gracht graniet grap grappig gras grasmaaier grasveld graven grens griep griffel grijs grill
grindpad groeien groen groente groep groeten grond groot grootvader grot gruis gul gulden gum haai haak haan haar
haard haardvuur haas hagel hakblok halen halsband halte hamer hamster handdoek handel handig handschoen handtas
hangen hangmat hangslot hapje hard harmonie harp hartelijk haven havik hazelaar hazelnoot hazewind heesters heide
heidebloem heilbot hek hekje heks helder helikopter helm helpen hemd hemel hemelbed hengel herberg herder herfst
herfstblad hert heup heuvel hobbel hobby hockey hoed hoefijzer hoek hoepel hoest hofje hommel hond honger honing
hoofd hoofdstad hoog hoogte hooiberg hooiland hoorn hoorspel horde horen horizon horloge hortensia hotel houding hout
houtsnip houtvuur huis huiskamer hulp hulst humor huppelen hut hutkoffer huwelijk hyacint icoon idee iglo ijs ijsbeer
ijsberg ijsje ijssalon ijsschots ijsvogel ijzer ijzerhout index ingang inham inhoud initiaal inkoop inkt inleg insect
insigne insteek instinct instrument inzet ivoor ivoren jaar jaargang jaarmarkt jacht jachthaven jachtvalk jade jagen
jaguar jam japon jas jasje jasmijn jeans jeugd jockey joggen joker jong jongen jongleur jonkheer journaal jubileum
judo juichen jukebox juli jungle juni jurk juweel juwelier kaal kaars kaart kaas kaasboer kabel kabeljauw kabouter
kachel kade kajak kajuit kalender kalf kalfsvlees kalkoen kalm kam kameel kamer kameraad kamille kamp kampeerder
kampioen kampvuur kanaal kanarie kandelaar kandidaat kaneel kano kans kanteel kantine kantoor kapel kapitein kapoen
kapper kapstok karaf karakter karamel karavaan karnemelk karper karton kassa kast kastanje kasteel kastje kat
kathedraal katoen katrol kauwgom keel kegel kelder keramiek kerk kerkklok kermis kers kerstboom kerstmis ketel
ketting keuken keuze kever kievit kiezel kijken kijker kikker kind kiosk kip kist kiwi klaproos klas klaver klavier
kleding klei klein kleurig klimmen klimop klimrek klok klokhuis klomp kloppen kluis kluwen knakworst knap knapzak
knie knikker knipoog knol knoop koala koe koek koekje koel koers koffer koffie koffiekan kok koken kokos kokosnoot
kolenkit kolenschop kolibrie kolom komeet komijn komkommer komma kompas konijn koning konvooi kool koolmees koopman
koor koord kop kopen koper kopje kopspijker korenbloem korenmolen kornuit korrel korst kort kostuum koud kozijn kraag
kraal kraan kraanvogel krab krabbel krachtig kralen krant krat kreeft kreet krekel krentenbol kriebel krijgen krijt
kristal krokant kroket krokodil krokus krom kroon kruid kruidnagel kruik kruimel kruis kruising kubus kudde kuifmees
kuiken kuil kunst kunstenaar kurk kussen kust kwartel kwartier kwast kwiek kwik laag laan laars laat labrador
labyrint lachen ladder ladekast lakens lakschoen lama lamp lampenkap lampion lamsvlees land landen landhuis landing
landkaart lang langzaam lantaarn lapjeskat las lasagne lasso latte lauw lavastroom lavendel lawaai lawine ledikant
leeg leerling leesboek leeuw leeuwenbek leeuwerik legende legpuzzel lekker lekkernij lelie leliebloem lelietje lemmet
lenig lente lepel lepelaar lepeltje leraar leren les letter leuk leuning levensloop lezen libel licht lichtbak
lichtje lied lief liefde liggen lijm lijn lijst lijster lijsterbes limerick limoen limonade linde lindeboom linnen
lint lintje lippen loempia logboek lokaal loket lokje lolly loods loop lopen loper los loterij lotus lucht luchtbel
luchtpost lucifer luid luifel luik luipaard luis luisteren lunch maaltijd maan maand maandag maanlicht maart maatje
macht madelief magazijn mager magneet magnolia mais majoor makelaar maken makkelijk makreel malen manchet mand
mandarijn mandje mandoline manege mango mantel manuscript marathon margriet markt marktkraam marktplein marmer marmot
marsepein mascotte masker mast matras matroos mazurka medaille medaillon medicijn meelbloem meelzak meer meerkoet
meetlat meeuw meid meidoorn melk melkboer melkbus melodie meloen mens menu merel merelnest merk merrie mes messing
mest metaal meten meter metro meubel meubilair microfoon middag mier mijl mijter mikado miljoen mimosa mineraal
minister minuut mirte mist mistral mocca modder model moeder moedig moerbei moestuin mokka molen molenaar molenwiek
molshoop mond monnik monument mooi morgen mos mosterd motor motorkap mozzarella muesli mug muis munt museum muskus
muts muur muziek muzikant mythe naald naam nacht nachtegaal nachtkaars nachtuil nagel nagellak narcis nat natuur nauw
nectar neef nest nestje nestkast net netel netjes netwerk neus neushoorn nevel nicht nieuw nieuwjaar nieuws nijlpaard
nikkel nimf nodig noedel noemen nomade noord noorden noordpool noot nootje notaris notenbalk notitie nougat nummer
nuttig oase obelisk ober oceaan octaaf oefening oerwoud oester oever ogen oktober olie oliebol olifant olijf
olijfboom oma omelet omnibus onderdeel onderzee ontbijt onweer oog oogappel oogst oogsten oom oor oorbel oorwurm oost
opa opaal opdracht openen opera opkomst oplossing oppas opstel optimist optocht oranje orchidee orgel orkaan orkest
ornament ossenhaas otter oud oudtante ouverture ovaal oven ovenschaal overal overall overleg paadje paal paard paars
paasei pad paddestoel pagina pagode pak pakhuis pakje pakket paladijn paleis palet palingboer palm palmboom pampa pan
panfluit pannenkoek panorama panter pantoffel pantser papaja papaver papegaai papier paprika parade paradijs paraplu
parasol parel parelhoen parfum park parkiet partij partituur pas passagier passen pasta pastei pastinaak patat
patrijs pauw pauwoog pauze paviljoen pedaal peer pelgrim pelikaan pen pendule penseel peper pepermunt pepernoot
perkament perron perzik pet peterselie petroleum petunia pianist piano picknick pijl pijnappel pijp pilaar piloot
pimpelmees pinda pindakaas pinguin pinksteren pioen pion piraat pistache plaat plaatje plafond plaid plakken plan
planeet plank plant planten plantenbak plantsoen plastic plat platina plein pleister plezier ploeg plooi pluim
pluimvee pluisje plumeau poedel poeder poes poetsen poffertje polder polka pollepel pols pomp pompoen pony pop
porselein portaal portret post postbode postzegel pot potlood potvis pracht praline praten prei premie prettig prijs
prima prins prinses proef programma project propeller provincie pruik pruim pudding pulp puntmuts puzzel pyjama
quiche raaf raam radijs radijsje radio raket rammelaar rand randje rap rapport raster recept receptie recht redder
regatta regen regenboog regenjas regent regenton reiger reis reisgids rek rekenen rekening relaas rendier rennen
reptiel reservoir rest reuzel reuzenrad ribbel richting ridder ridderzaal riem riet rietdak rietje rij rijden rijk
rijp rijstebrij rijstijl rijtuig ring rivier robijn robot roeiboot roeien roeispaan roepen roerei roggebrood rolluik
rolstoel roman romp rond rondje rondvaart rood roodborst rookworst roos rooster rots rozemarijn rozijn rubber rug
ruiken ruimte ruiter ruitjes rups rustig saffier saffraan salade salamander salami salie samba samen sandaal sandwich
sap sardine satelliet saus saxofoon scepter schaakbord schaal schaap schaar schaats schaatsen schaduw schakel
schatkist schelp schelpdier schelvis schenken scherf scherp schets schilder schilderen schildpad schip schipper
schoen school schoolbord schoon schort schotel schouder schouw schrift schrijven schrijver schroef schub schuimpje
schuit schuur sculptuur seizoen september serre servet sextant sieraad sifon signaal sikkel sinas siroop sjaal
sjabloon skelter sla slaapkamer slaapzak slagroom slak slang slapen slee sleedoorn sleutel slim slinger sloep sloot
slotgracht sluis smaak smal smaragd smeren smid snavel sneeuw sneeuwklok sneeuwpop snel snijden snoek snoep snoer
snor sober soep soepel sok sokken sonnet sopraan spaarpot spaghetti spar specht speculaas speelgoed spel speldje
spelen sperwer spiegel spijker spin spinazie spiraal spits spons spoor spoorboek sport springen sprinkhaan sprookje
spruit staan stad staf stal stapel stappen steen steiger stekel stempel ster sterk stevig stier stil stoel stoep stof
stokbrood stokroos stolp stookhout stoom stoomboot stopwatch storm straat strand strandhuis streep streng strik strip
stro strobloem stroom struik studie stuiver stuk sturen stuur suiker suikerpot suikerspin surfplank symbool taai
taart tabel tablet tafel tafelkleed tafellaken tafereel tak talent tamboer tamboerijn tand tante tapijt tarwe tas
taxi taxus teckel teder tegel tegenwind tekenen tekening tekst telefoon telescoop tellen tempel tennis tenor tent
termijn terras terrine terug tevreden textiel theater thee theelepel theepot thermos tiara tijd tijdperk tijger tijm
timbaal timmerman tinnen toekan toendra toerist toetje tomaat toneel toost topje toren torenklok tornado tortilla
tosti toverbal toverstaf traktatie tram trampoline trap trein trekken triangel trommel trompet tros trots troubadour
trouw truffel trui tuba tuin tuinhek tuinman tuinstoel tulband tulp tulpenbol tulpenveld tunnel turf turkoois turnen
tweeling uil uitgang uitje uitkijk uitleg uitstap uitvinder uitvinding uitzicht uniform universum uur vaandel vaas
vaatdoek vader vak vakantie vakman val valhelm valk valkenier vallei vangen vanille varen vat veenbes veer veerboot
veerman vegen veilig veiling veld veldfles veldsla velg velours venkel venster ventiel verf vergiet verhaal
verjaardag verlof verrassing vers verstandig vertaling verven vesting vierkant vijg vijver villa vinden vinger
vingerhoed violier viool vis vishaak vissen vitrine vlaai vlag vlak vlam vlechtwerk vlek vleugel vlieg vliegen
vliegveld vlierbes vlinder vlinderdas vloer vlot vlug voederbak voet voetbal vogel vogelhuis vol volkslied voorjaar
voorraad vork vos vossenhol vouwen vragen vriend vrij vrijdag vroeg vrolijk vrucht vulkaan vuur vuurtoren waag waaier
wachten wachter wafel wagen wagenwiel walnoot walvis wand wandelen wandeling wandkleed wang want warm warmte wasbeer
wassen water waterhoen waterkant waterkers waterlelie waterput watertoren waterval weegschaal week weerhaan weg wegen
wegwijzer weide weiland wekker wereld werf werken werkplaats wervel wesp west weten wieg wiel wielrenner wigwam wijd
wijs wild wilg wilgenroos wind windhoos windmolen windvaan wingerd winkel winnen winter wintertijd wintertuin wissel
wisselgeld wit woensdag woestijn wol wolk wonen woning woord worm worst wortel yoga zaad zaag zaal zacht zadel
zadeltas zagen zak zalm zand zandbak zandloper zaterdag zebra zee zeeanemoon zeehond zeemeeuw zeep zeepaardje zeepbel
zeester zegel zegelring zeil zeilboot zeilen zeis zeker zeppelin zetel zetten zeven zien zijde zijrivier zilver
zilveren zilverspar zilvervos zingen zitten zoeken zoen zoet zoetwater zolder zomer zomeravond zomerhuis zomerjas zon
zondag zonnebloem zonnedak zonnig zool zout zuid zuidwester zuinig zuivel zus zuur zuurkool zwaaien zwaan zwaar
zwaardvis zwaluw zwart zwembad zwemmen zwijn`;

export const DUTCH_WORDS: readonly string[] = Object.freeze(RAW.split(/\s+/).filter(Boolean));
