using System.Collections.Frozen;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Words of everyday Indonesian, Javanese and Madurese that are also the name of some region
/// (there is a desa called Baru, Tengah, Sawah, Kandang, Pasar…): written without a marker
/// ("Desa", "Kec.") they are almost always the word, so a match on them counts for little.
/// The cue words of <see cref="CueLexicon"/> are added to these, but for the few that are names.
/// </summary>
public static class CommonWords
{
    private static readonly string[] Listed =
    [
        // function words, pronouns, particles
        "ada", "di", "ke", "dari", "yang", "yg", "dan", "atau", "ini", "itu", "saya", "sy", "aku", "kami", "kita", "dia", "beliau", "mereka",
        "sudah", "udah", "sdh", "belum", "blm", "masih", "tidak", "tdk", "gak", "ga", "nggak", "ngga", "enggak", "tak", "bukan", "jangan",
        "tolong", "mohon", "bantu", "bantuan", "min", "admin", "pak", "bu", "ibu", "bapak", "bp", "mas", "mbak", "mba", "dik", "adik", "kakak",
        "mbah", "nenek", "kakek", "anak", "warga", "orang", "keluarga", "tetangga", "suami", "istri", "ayah", "om", "tante", "bude", "budhe", "paklek",
        "hari", "malam", "pagi", "siang", "sore", "tahun", "thn", "bulan", "minggu", "jam", "kemarin", "besok", "sekarang", "tadi", "dulu",
        "rumah", "jalan", "sosial", "dinas", "makan", "tidur", "sakit", "kaki", "tangan", "kepala", "badan", "mata", "air", "api", "uang",
        "baru", "lama", "besar", "kecil", "tengah", "utara", "selatan", "timur", "barat", "kulon", "wetan", "lor", "kidul", "dalam", "luar",
        "atas", "bawah", "ujung", "pinggir", "sebelah", "depan", "belakang", "samping", "dekat", "jauh", "sini", "sana", "situ", "mana",
        "kota", "desa", "kampung", "pasar", "sawah", "kebun", "kebon", "hutan", "gunung", "bukit", "sungai", "kali", "pantai", "laut", "pulau",
        "taman", "kandang", "gubuk", "pondok", "bilik", "kamar", "dapur", "teras", "masjid", "musala", "mushola", "sekolah", "kantor", "toko",
        "sumber", "jaya", "makmur", "sari", "rejo", "mulyo", "mulya", "harapan", "sentosa", "merdeka", "bahagia", "damai", "indah", "karya",
        "tanjung", "batu", "muara", "teluk", "kuala", "lubuk", "tegalan", "krajan", "sawo", "jati", "waru", "pandan",
        "kelapa", "pinang", "mangga", "nangka", "pisang", "bambu", "kayu", "balok", "rantai", "tali", "pintu", "jendela", "lantai", "tanah",
        "banyak", "sedikit", "semua", "sendiri", "sendirian", "bersama", "lagi", "juga", "saja", "aja", "kok", "kan", "dong", "deh", "sih", "lho", "ya",
        "untuk", "utk", "buat", "dengan", "dgn", "sama", "karena", "krn", "kalau", "kalo", "tapi", "tetapi", "namun", "jadi", "terus", "lalu",
        "kasian", "kasihan", "miris", "sedih", "astaghfirullah", "alhamdulillah", "innalillahi", "subhanallah", "masyaallah",
        "semoga", "mudah", "cepat", "segera", "sangat", "sekali", "bgt", "banget", "parah", "lebih", "kurang", "paling", "hampir", "sampai", "sampe",
        "info", "infonya", "share", "viral", "viralkan", "tolong", "dibantu", "bantuannya", "terima", "kasih", "terimakasih", "salam", "assalamualaikum",
        "umur", "usia", "th", "tahunan", "kira", "sekitar", "katanya", "ngakunya", "lokasi", "alamat", "tinggal", "hidup", "kerja", "pulang", "pergi",
        "selamat", "sehat", "mati", "meninggal", "lahir", "janda", "duda", "yatim", "piatu", "miskin", "kaya", "susah", "senang",
        "guru", "tani", "petani", "buruh", "nelayan", "pedagang", "sopir", "ojek", "becak", "bengkel", "pabrik", "sawit", "karet", "kopi", "tebu",
        "gedung", "bangunan", "lapangan", "alun", "stasiun", "terminal", "pelabuhan", "bandara", "perempatan", "pertigaan", "jembatan", "lampu", "merah",
        "tempat", "wisata", "daerah", "wilayah", "pelosok", "kampungnya", "desanya", "kotanya", "rumahnya", "luar", "negeri", "nasional",
        // Javanese
        "omah", "wong", "mbok", "lur", "monggo", "nulung", "tulung", "ora", "wis", "durung", "iso", "isa", "sing", "nang", "neng", "karo", "bocah",
        "kabeh", "dewe", "dewean", "urip", "mangan", "turu", "ngomah", "mlaku", "anyar", "gede", "cilik", "kulon", "sawah", "pakde", "bulik",
        "sopo", "wae", "nek", "udan", "bali", "rong", "dino", "telu", "papat", "limo", "iki", "iku", "kuwi", "mriki", "mrika", "kene", "kono",
        // Madurese
        "oreng", "roma", "kaule", "binik", "lake", "sakek", "bede", "dhalem", "dalem", "taon", "ka", "e", "riya", "reya", "sakale", "sakalangkong", "tak",
        // social-welfare words that happen to be place names somewhere
        "panti", "rehab", "bansos", "sembako", "posko", "pengungsian", "banjir", "longsor", "gempa", "kebakaran", "puting", "beliung",
    ];

    // Cue words that are the names of places people write as places ("warga Lawang", "Genteng, Surabaya", "Kec. Geger"): still names.
    private static readonly string[] NamesAmongCues =
        ["lawang", "menur", "tengger", "kanekes", "bajo", "baduy", "mentawai", "samin", "osing", "dayak", "genteng", "geger", "parang", "bendo", "soko"];

    private static readonly FrozenSet<string> Words = Listed.Concat(CueLexicon.Words.Except(NamesAmongCues)).ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string norm) => Words.Contains(norm);
}
